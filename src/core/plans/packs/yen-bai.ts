import type { Plan } from "../schema";

const FILE = "003_8ae1782fa38d7235.txt";
const source = (quote: string) => ({ file: FILE, quote });

/** Yên Bái: the health sector's targets for 2024. */
export const YEN_BAI: Plan = {
  id: "yen-bai",
  province: { vi: "Yên Bái", en: "Yen Bai" },
  title: {
    vi: "11 nhiệm vụ trọng tâm năm 2024 của ngành Y tế Yên Bái",
    en: "Yen Bai health sector: eleven priorities for 2024",
  },
  sources: [{ file: FILE, title: "Ngành Y tế Yên Bái tập trung triển khai 11 nhiệm vụ trọng tâm năm 2024" }],
  targets: [
    {
      indicator: "COMMUNE_CRITERIA",
      year: 2024,
      comparator: ">=",
      value: 86.1,
      unit: "percent",
      source: source(
        "đến hết năm 2024, tỷ lệ xã, phường, thị trấn đạt tiêu chí quốc gia về y tế đạt 86,1% (149 xã theo tiêu chí đến 2030)",
      ),
    },
    {
      indicator: "SATISFACTION",
      year: 2024,
      comparator: ">",
      value: 90,
      unit: "percent",
      source: source("duy trì và nâng cao tỷ lệ hài lòng người bệnh ở tất cả các đơn vị đạt trên 90%"),
      interpretation: "Patients' satisfaction, in every unit.",
    },
    {
      indicator: "LIFE_EXP",
      year: 2024,
      comparator: ">=",
      value: 74.3,
      unit: "years",
      source: source("phấn đấu năm 2024 tuổi thọ trung bình đạt 74,3 tuổi"),
    },
    {
      indicator: "HEALTHY_YEARS",
      year: 2024,
      comparator: ">=",
      value: 67.4,
      unit: "years",
      source: source("số năm sống khỏe của người dân đạt 67,4 năm"),
    },
    {
      indicator: "CAPITAL_DISBURSED",
      year: 2024,
      comparator: ">=",
      value: 90,
      unit: "percent",
      source: source("Phấn đấu giải ngân 100% vốn kế hoạch năm 2023 chuyển sang và 90% vốn kế hoạch năm 2024"),
    },
    {
      indicator: "CARRYOVER_DISBURSED",
      year: 2024,
      comparator: ">=",
      value: 100,
      unit: "percent",
      source: source("Phấn đấu giải ngân 100% vốn kế hoạch năm 2023 chuyển sang và 90% vốn kế hoạch năm 2024"),
    },
    {
      indicator: "STATION_SCORECARD",
      year: 2024,
      comparator: ">=",
      value: 100,
      unit: "percent",
      source: source(
        "Tiếp tục triển khai áp dụng “bảng điểm chất lượng dịch vụ tại trạm y tế xã” tại 100% trạm y tế xã",
      ),
    },
    {
      indicator: "SELF_FINANCED_UNITS",
      year: 2024,
      comparator: ">=",
      value: 8,
      unit: "count",
      source: source("Duy trì 8 đơn vị tự chủ 100% chi thường xuyên"),
    },
    {
      indicator: "TECH_TRANSFERS",
      year: 2024,
      comparator: ">=",
      value: 21,
      unit: "count",
      source: source(
        "Năm 2024, phấn đấu tiếp nhận chuyển giao 21 kỹ thuật từ các bệnh viện tuyến trung ương và quốc tế",
      ),
    },
    {
      indicator: "NEW_TECHNIQUES",
      year: 2024,
      comparator: ">=",
      value: 80,
      unit: "count",
      source: source("triển khai thêm 80 kỹ thuật mới"),
    },
    {
      indicator: "DRUG_SAMPLES",
      year: 2024,
      comparator: ">=",
      value: 930,
      unit: "count",
      source: source(
        "Thực hiện kiểm tra và lấy mẫu thuốc, mỹ phẩm để giám sát chất lượng tại 9/9 huyện thị, thành phố với tổng số mẫu là 930 mẫu",
      ),
    },
    {
      indicator: "NEW_ACTIVE_INGREDIENTS",
      year: 2024,
      comparator: ">=",
      value: 10,
      unit: "count",
      source: source("mở rộng số lượng hoạt chất giám sát được chất lượng thêm 10 hoạt chất"),
    },
    {
      indicator: "FOOD_INSPECTED",
      year: 2024,
      comparator: ">=",
      value: 85,
      unit: "percent",
      source: source(
        "Năm 2024, 85% cơ sở sản xuất, kinh doanh, chế biến thực phẩm thuộc ngành y tế quản lý được thanh tra/kiểm tra ít nhất 01 lần/năm",
      ),
    },
    {
      indicator: "FOOD_VIOLATIONS_HANDLED",
      year: 2024,
      comparator: ">=",
      value: 100,
      unit: "percent",
      source: source("xử lý 100% số cơ sở vi phạm về an toàn thực phẩm theo quy định"),
    },
  ],
};
