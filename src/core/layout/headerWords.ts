import { rememberedBy } from "../memo";
import { foldText } from "../text/fold";

/** What a header cell that is not an indicator says about its column. */
export type HeaderRole =
  | "row-number" // STT, Mã ĐVHC: numbers that identify the row, not figures
  | "note" // Ghi chú
  | "district" // Huyện / Đơn vị (wide layout label)
  | "indicator-name" // Chỉ tiêu / Nội dung (long layout label)
  | "unit" // Đơn vị tính
  | "plan" // Kế hoạch
  | "achieved"; // Thực hiện / Ước thực hiện / a year

const ROW_NUMBER = new Set(["stt", "tt", "so tt", "so thu tu", "no", "#"]);
const ROW_CODE = /^(ma|ma so|ma dvhc|ma don vi|ma huyen|ma xa|ma hanh chinh|code|id)( .*)?$/;
const NOTE = /^(ghi chu|note|notes|ghi chu nguon)\b/;
const DISTRICT =
  /^(ten )?(huyen|don vi|dia ban|dia phuong|huyen thanh pho|huyen thi xa|huyen thi xa thanh pho|district|unit|trung tam y te|ttyt)( .*)?$/;
const INDICATOR_NAME = /^(ten )?(chi tieu|noi dung|danh muc|indicator|item)( chu yeu| chi tieu| co ban)?$/;
const UNIT = /^(don vi tinh|dvt|unit of measure)$/;
const PLAN = /^(chi tieu )?(ke hoach|kh|plan|target|muc tieu)( nam)?( \d{4})?$/;
const ACHIEVED = /^(uoc )?(thuc hien|th|ket qua|dat duoc|achieved|actual|result)( nam)?( \d{4})?$|^(nam )?\d{4}$/;

/** The role of a header cell that names no indicator, or undefined. */
export function headerRole(header: string): HeaderRole | undefined {
  return roles(header);
}

const roles = rememberedBy<HeaderRole | undefined>((header) => roleOf(header));

function roleOf(header: string): HeaderRole | undefined {
  const folded = foldText(header);
  if (folded === "") return undefined;
  if (ROW_NUMBER.has(folded) || ROW_CODE.test(folded)) return "row-number";
  if (NOTE.test(folded)) return "note";
  if (UNIT.test(folded)) return "unit";
  if (INDICATOR_NAME.test(folded)) return "indicator-name";
  if (PLAN.test(folded)) return "plan";
  if (ACHIEVED.test(folded)) return "achieved";
  if (DISTRICT.test(folded)) return "district";
  return undefined;
}

/** The year a header or title names ("Thực hiện năm 2025", "2025"), or undefined. */
export function yearIn(text: string): number | undefined {
  const match = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(foldText(text));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const TOTAL =
  /^(toan tinh|toan huyen|toan thanh pho|toan thi xa|tong cong|tong so|ca tinh|ca huyen|total|all districts)( .*)?$|^(tong|cong|tinh|province)$/;

/** "Toàn tỉnh", "Toàn huyện", "Tổng cộng", "Tổng số", "Cộng": the row that holds the sheet's total. */
export function isTotalLabel(label: string): boolean {
  if (!mayStartWith(label, TOTAL_INITIALS)) return false;
  const folded = foldText(label);
  return TOTAL.test(folded);
}

/** The letters the folded words of TOTAL and FOOTER start with (digits too for footers). */
const TOTAL_INITIALS = "tcpa";
const FOOTER_INITIALS = "ntglkps0123456789";

/**
 * False when a label cannot fold to a word starting with one of `initials`: its first character is
 * plain ASCII and not one of them (most district names), so it need not be folded at all.
 */
function mayStartWith(label: string, initials: string): boolean {
  const code = label.charCodeAt(0);
  if (Number.isNaN(code) || code >= 128) return true;
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57))
    return initials.includes(String.fromCharCode(lower));
  return true;
}

const FOOTER = /^(nguoi lap|thu truong|giam doc|ghi chu|nguon|lap bieu|ngay \d|\d+ ngay|ky ten|prepared by|source)\b/;

/** Signature blocks and notes under a table ("Người lập biểu", "Ghi chú: …"). */
export function isFooterLabel(label: string): boolean {
  return mayStartWith(label, FOOTER_INITIALS) && FOOTER.test(foldText(label));
}

/** Column-number rows under a header ("1", "(2)", "A", "B"). */
export function isNumberingLabel(label: string): boolean {
  return /^\(?([0-9]{1,2}|[a-e]|[ivx]{1,4})\)?$/i.test(label.trim());
}
