import type { Plan, Target } from "../schema";

const PLAN = "001_65eed4abd755486a.txt";
const PARTY = "000_550592a2cf1e7605.txt";
const U5_READING = "The source writes “%”; child mortality is measured per 1,000 live births (‰), as WHO defines it.";
const ABOUT_READING = "“khoảng” (about): reached within half a unit of the last digit written.";

function yearTargets(
  year: 2025 | 2030,
  quotes: Record<string, string>,
  values: Record<string, Omit<Target, "year" | "source" | "indicator">>,
): Target[] {
  return Object.entries(values).map(([indicator, target]) => ({
    indicator,
    year,
    ...target,
    source: { file: PLAN, quote: quotes[indicator] ?? "" },
  }));
}

const Q2025 = {
  LIFE_EXP: "Tuổi thọ trung bình khoảng 68 tuổi",
  HEALTHY_YEARS: "số năm sống khỏe đạt tối thiểu 62 năm",
  INSURANCE: "Tỷ lệ tham gia bảo hiểm y tế đạt trên 95% dân số",
  OOP: "Tỷ lệ chi trực tiếp từ tiền túi của hộ gia đình cho y tế giảm còn dưới 35%",
  EPI: "Tỷ lệ tiêm chủng mở rộng đạt tối thiểu 93% với 12 loại vắc xin",
  U5MR: "Giảm tỷ xuất tử vong trẻ em: Dưới 5 tuổi còn < 42%",
  IMR: "dưới 1 tuổi < 29%",
  STUNTING: "Tỷ lệ suy dinh dưỡng thấp còi của trẻ em dưới 5 tuổi < 31,5%",
  OBESITY: "Tỷ lệ béo phì ở người trưởng thành dưới < 12%",
  HEIGHT_M: "Chiều cao trung bình thanh niên 18 tuổi đối với nam đạt 163 cm",
  HEIGHT_F: "nữ 152 cm",
  HEALTH_RECORDS: "Phấn đấu trên 70% dân số được quản lý sức khỏe",
  NCD_CARE: "trên 90% trạm y tế xã, phường, thị trấn thực hiện dự phòng, quản lý, điều trị một số bệnh không lây nhiễm",
  BEDS: "Đạt 33 giường bệnh, 13 bác sĩ, 1,5 dược sỹ đại học, trên 16 điều dưỡng viên trên 10.000 dân",
  DOCTORS: "Đạt 33 giường bệnh, 13 bác sĩ, 1,5 dược sỹ đại học, trên 16 điều dưỡng viên trên 10.000 dân",
  PHARMACISTS: "Đạt 33 giường bệnh, 13 bác sĩ, 1,5 dược sỹ đại học, trên 16 điều dưỡng viên trên 10.000 dân",
  NURSES: "Đạt 33 giường bệnh, 13 bác sĩ, 1,5 dược sỹ đại học, trên 16 điều dưỡng viên trên 10.000 dân",
  SATISFACTION: "Tỷ lệ hài lòng của người dân với dịch vụ y tế đạt trên 80%",
  HIV: "Giảm tỷ lệ nhiễm HIV/AIDS trong cộng đồng còn khoảng 0,38%",
};

const Q2030 = {
  LIFE_EXP: "Tuổi thọ trung bình khoảng 70 tuổi",
  HEALTHY_YEARS: "số năm sống khỏe đạt tối thiểu 64 năm",
  INSURANCE: "Tỷ lệ tham gia bảo hiểm y tế đạt trên 96% dân số",
  OOP: "Tỷ lệ chi trực tiếp từ tiền túi của hộ gia đình cho y tế giảm còn dưới 30%",
  EPI: "Tỷ lệ tiêm chủng mở rộng đạt tối thiểu 94% với 14 loại vắc xin",
  U5MR: "Giảm tỷ xuất tử vong trẻ em: Dưới 5 tuổi còn < 40%",
  IMR: "dưới 1 tuổi < 26%",
  STUNTING: "Tỷ lệ suy dinh dưỡng thấp còi của trẻ em dưới 5 tuổi < 29%",
  OBESITY: "Tỷ lệ béo phì ở người trưởng thành dưới < 10%",
  HEIGHT_M: "Chiều cao trung bình thanh niên 18 tuổi đối với nam đạt 164 cm",
  HEIGHT_F: "nữ 153 cm",
  HEALTH_RECORDS: "Phấn đấu trên 80% dân số được quản lý sức khỏe",
  NCD_CARE: "trên 95% trạm y tế xã, phường, thị trấn thực hiện dự phòng, quản lý, điều trị một số bệnh không lây nhiễm",
  BEDS: "Đạt trên 33 giường bệnh, trên 13 bác sĩ, trên 2 dược sỹ đại học, trên 20 điều dưỡng viên trên 10.000 dân",
  DOCTORS: "Đạt trên 33 giường bệnh, trên 13 bác sĩ, trên 2 dược sỹ đại học, trên 20 điều dưỡng viên trên 10.000 dân",
  PHARMACISTS:
    "Đạt trên 33 giường bệnh, trên 13 bác sĩ, trên 2 dược sỹ đại học, trên 20 điều dưỡng viên trên 10.000 dân",
  NURSES: "Đạt trên 33 giường bệnh, trên 13 bác sĩ, trên 2 dược sỹ đại học, trên 20 điều dưỡng viên trên 10.000 dân",
  SATISFACTION: "Tỷ lệ hài lòng của người dân với dịch vụ y tế đạt trên 85%",
  HIV: "Giảm tỷ lệ nhiễm HIV/AIDS trong cộng đồng còn 0,33%",
};

const PREVENTIVE_QUOTE = "dành ít nhất 30% ngân sách y tế cho công tác y tế dự phòng";

const preventiveBudget = (year: number): Target => ({
  indicator: "PREVENTIVE_BUDGET",
  year,
  comparator: ">=",
  value: 30,
  unit: "percent",
  source: { file: PARTY, quote: PREVENTIVE_QUOTE },
  interpretation: `Also in ${PLAN} (9.2, Sở Tài chính); the plan sets it for the whole period, so it holds in 2025 and 2030.`,
});

/** Lai Châu: the People's Committee plan implementing Resolution 20-NQ/TW, targets for 2025 and 2030. */
export const LAI_CHAU: Plan = {
  id: "lai-chau",
  province: { vi: "Lai Châu", en: "Lai Chau" },
  title: {
    vi: "Kế hoạch thực hiện Nghị quyết số 20-NQ/TW về bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân (UBND tỉnh Lai Châu)",
    en: "Lai Chau People's Committee plan implementing Resolution 20-NQ/TW on protecting and improving people's health",
  },
  sources: [
    {
      file: PLAN,
      title: "Kế hoạch thực hiện Kế hoạch số 136-KH/TU thực hiện Nghị quyết số 20-NQ/TW (UBND tỉnh Lai Châu)",
    },
    { file: PARTY, title: "Giải pháp thực hiện Nghị quyết số 20-NQ/TW ở tỉnh Lai Châu (Tỉnh ủy Lai Châu)" },
  ],
  targets: [
    ...yearTargets(2025, Q2025, {
      LIFE_EXP: { comparator: "~", value: 68, tolerance: 0.5, unit: "years", interpretation: ABOUT_READING },
      HEALTHY_YEARS: { comparator: ">=", value: 62, unit: "years" },
      INSURANCE: { comparator: ">", value: 95, unit: "percent" },
      OOP: { comparator: "<", value: 35, unit: "percent" },
      EPI: { comparator: ">=", value: 93, unit: "percent", interpretation: "With 12 vaccines." },
      U5MR: { comparator: "<", value: 42, unit: "per1000LiveBirths", interpretation: U5_READING },
      IMR: { comparator: "<", value: 29, unit: "per1000LiveBirths", interpretation: U5_READING },
      STUNTING: { comparator: "<", value: 31.5, unit: "percent" },
      OBESITY: { comparator: "<", value: 12, unit: "percent" },
      HEIGHT_M: { comparator: ">=", value: 163, unit: "cm" },
      HEIGHT_F: { comparator: ">=", value: 152, unit: "cm" },
      HEALTH_RECORDS: { comparator: ">", value: 70, unit: "percent" },
      NCD_CARE: { comparator: ">", value: 90, unit: "percent" },
      BEDS: { comparator: ">=", value: 33, unit: "per10k" },
      DOCTORS: { comparator: ">=", value: 13, unit: "per10k" },
      PHARMACISTS: { comparator: ">=", value: 1.5, unit: "per10k" },
      NURSES: { comparator: ">", value: 16, unit: "per10k" },
      SATISFACTION: { comparator: ">", value: 80, unit: "percent" },
      HIV: {
        comparator: "~",
        value: 0.38,
        tolerance: 0.005,
        unit: "percent",
        interpretation: `${ABOUT_READING} Lower is better: any value below is reached.`,
      },
    }),
    preventiveBudget(2025),
    ...yearTargets(2030, Q2030, {
      LIFE_EXP: { comparator: "~", value: 70, tolerance: 0.5, unit: "years", interpretation: ABOUT_READING },
      HEALTHY_YEARS: { comparator: ">=", value: 64, unit: "years" },
      INSURANCE: { comparator: ">", value: 96, unit: "percent" },
      OOP: { comparator: "<", value: 30, unit: "percent" },
      EPI: { comparator: ">=", value: 94, unit: "percent", interpretation: "With 14 vaccines." },
      U5MR: { comparator: "<", value: 40, unit: "per1000LiveBirths", interpretation: U5_READING },
      IMR: { comparator: "<", value: 26, unit: "per1000LiveBirths", interpretation: U5_READING },
      STUNTING: { comparator: "<", value: 29, unit: "percent" },
      OBESITY: { comparator: "<", value: 10, unit: "percent" },
      HEIGHT_M: { comparator: ">=", value: 164, unit: "cm" },
      HEIGHT_F: { comparator: ">=", value: 153, unit: "cm" },
      HEALTH_RECORDS: { comparator: ">", value: 80, unit: "percent" },
      NCD_CARE: { comparator: ">", value: 95, unit: "percent" },
      BEDS: { comparator: ">", value: 33, unit: "per10k" },
      DOCTORS: { comparator: ">", value: 13, unit: "per10k" },
      PHARMACISTS: { comparator: ">", value: 2, unit: "per10k" },
      NURSES: { comparator: ">", value: 20, unit: "per10k" },
      SATISFACTION: { comparator: ">", value: 85, unit: "percent" },
      HIV: {
        comparator: "<=",
        value: 0.33,
        unit: "percent",
        interpretation: "“còn 0,33%” (down to 0.33%): at most 0.33%.",
      },
    }),
    preventiveBudget(2030),
  ],
};
