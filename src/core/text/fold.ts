/**
 * Folds text for matching: Unicode-normalised, without diacritics, `đ` as `d`, lower case,
 * punctuation as single spaces. "Giường bệnh", "GIUONG BENH" and an NFD "Giường bệnh" fold alike.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%‰]+/g, " ")
    .trim();
}

/** Folds text into an identifier-like key: `Giường bệnh` → `GIUONG_BENH`. */
export function foldKey(text: string): string {
  return foldText(text).replace(/[%‰]/g, "").trim().replace(/\s+/g, "_").toUpperCase();
}
