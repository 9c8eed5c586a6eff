import type { Plan } from "../schema";

const FILE = "004_a4100685e585ef57.txt";
const ASSIGNED = "“giao” (assigned): the figure to reach, so at least that value.";
const source = (quote: string) => ({ file: FILE, quote });

const ACHIEVED_2017 =
  "Số xã đạt Bộ tiêu chí quốc gia về y tế xã (cộng dồn): giao 72 xã, đạt 88 xã; tỷ lệ bác sỹ/vạn dân: giao 92, đạt 92; tỷ lệ giường bệnh/vạn dân: giao 27, đạt 27,6; tỷ lệ tham gia Bảo hiểm y tế: giao 92%, đạt 94,4%; tỷ lệ xử lý chất thải y tế: giao 96%, đạt 96,3%";
const TARGETS_2018 =
  "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế: 50,4%; có 9,5 bác sỹ và 27,8 giường bệnh/10.000 dân; 95% người dân tham gia bảo hiểm y tế; tỷ lệ chất thải y tế được xử lý đạt 96,5%";

/** Lạng Sơn: the health sector's 2017 targets with what was achieved, and its 2018 targets. */
export const LANG_SON: Plan = {
  id: "lang-son",
  province: { vi: "Lạng Sơn", en: "Lang Son" },
  title: {
    vi: "Chỉ tiêu y tế năm 2017 và năm 2018 do HĐND tỉnh Lạng Sơn giao (Sở Y tế Lạng Sơn)",
    en: "Health targets for 2017 and 2018 set by the Lang Son People's Council (Lang Son Department of Health)",
  },
  sources: [
    {
      file: FILE,
      title: "Quyết tâm thực hiện tốt công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân (Sở Y tế Lạng Sơn)",
    },
  ],
  targets: [
    {
      indicator: "COMMUNE_CRITERIA",
      year: 2017,
      comparator: ">=",
      value: 72,
      unit: "count",
      source: source(ACHIEVED_2017),
      interpretation: `${ASSIGNED} A cumulative count of communes, not a share: a sheet reporting a percentage cannot be judged against it.`,
      reported: { value: 88, quote: "đạt 88 xã" },
    },
    {
      indicator: "DOCTORS",
      year: 2017,
      comparator: ">=",
      value: 9.2,
      unit: "per10k",
      source: source(ACHIEVED_2017),
      interpretation: `${ASSIGNED} The source writes “92”; 9.2 per 10,000 is meant (the 2018 target is 9,5 and 92 doctors per 10,000 is impossible).`,
      reported: { value: 9.2, quote: "đạt 92" },
    },
    {
      indicator: "BEDS",
      year: 2017,
      comparator: ">=",
      value: 27,
      unit: "per10k",
      source: source(ACHIEVED_2017),
      interpretation: ASSIGNED,
      reported: { value: 27.6, quote: "đạt 27,6" },
    },
    {
      indicator: "INSURANCE",
      year: 2017,
      comparator: ">=",
      value: 92,
      unit: "percent",
      source: source(ACHIEVED_2017),
      interpretation: ASSIGNED,
      reported: { value: 94.4, quote: "đạt 94,4%" },
    },
    {
      indicator: "MED_WASTE",
      year: 2017,
      comparator: ">=",
      value: 96,
      unit: "percent",
      source: source(ACHIEVED_2017),
      interpretation: ASSIGNED,
      reported: { value: 96.3, quote: "đạt 96,3%" },
    },
    {
      indicator: "FIN_AUTONOMY",
      year: 2017,
      comparator: ">=",
      value: 60,
      unit: "percent",
      source: source("năm 2017 thực hiện tự chủ về tài chính đạt 64,14% so với chỉ tiêu giao là 60%"),
      interpretation: "The provincial general hospital's financial autonomy.",
      reported: { value: 64.14, quote: "đạt 64,14%" },
    },
    {
      indicator: "COMMUNE_CRITERIA",
      year: 2018,
      comparator: ">=",
      value: 50.4,
      unit: "percent",
      source: source(TARGETS_2018),
    },
    { indicator: "DOCTORS", year: 2018, comparator: ">=", value: 9.5, unit: "per10k", source: source(TARGETS_2018) },
    { indicator: "BEDS", year: 2018, comparator: ">=", value: 27.8, unit: "per10k", source: source(TARGETS_2018) },
    { indicator: "INSURANCE", year: 2018, comparator: ">=", value: 95, unit: "percent", source: source(TARGETS_2018) },
    {
      indicator: "MED_WASTE",
      year: 2018,
      comparator: ">=",
      value: 96.5,
      unit: "percent",
      source: source(TARGETS_2018),
    },
    {
      indicator: "BIRTH_RATE_DECLINE",
      year: 2018,
      comparator: ">=",
      value: 0.08,
      unit: "permille",
      source: source("Giảm tỷ lệ sinh tự nhiên năm 2018 là 0,08‰"),
      interpretation: "A fall of 0.08 points per 1,000 in the birth rate over the year.",
    },
    {
      indicator: "FOOD_INSPECTED",
      year: 2018,
      comparator: ">=",
      value: 2600,
      unit: "count",
      source: source("phấn đấu năm 2018 số cơ sở được thanh tra, kiểm tra là 2.600/2.707 cơ sở thực phẩm"),
      interpretation: "A count of food businesses (2,600 of 2,707, about 96%), not a share.",
    },
    {
      indicator: "NEW_CRITERIA_STATIONS",
      year: 2018,
      comparator: ">=",
      value: 26,
      unit: "count",
      source: source("Năm 2018 phấn đấu có thêm 26 Trạm Y tế đạt Bộ Tiêu chí quốc gia về y tế xã"),
    },
    {
      indicator: "STATIONS_INSURANCE",
      year: 2018,
      comparator: ">=",
      value: 85,
      unit: "percent",
      source: source(
        "85% số Trạm Y tế xã có đủ điều kiện khám, chữa bệnh bảo hiểm y tế, thực hiện được tối thiểu 60% danh mục dịch vụ kỹ thuật của tuyến xã",
      ),
    },
    {
      indicator: "DISTRICT_TECHNIQUES",
      year: 2018,
      comparator: ">=",
      value: 90,
      unit: "percent",
      source: source("90% Trung tâm Y tế huyện thực hiện tối thiểu 70% danh mục kỹ thuật của tuyến huyện"),
    },
    {
      indicator: "HIGH_TECH_SERVICES",
      year: 2018,
      comparator: ">=",
      value: 2,
      unit: "count",
      source: source(
        "Bệnh viện đa khoa tỉnh và các bệnh viện chuyên khoa tuyến tỉnh tiếp nhận triển khai 2 - 3 kỹ thuật cao",
      ),
      interpretation: "“2 - 3”: at least 2.",
    },
    {
      indicator: "METHADONE_SITES",
      year: 2018,
      comparator: ">=",
      value: 5,
      unit: "count",
      source: source(
        "phấn đấu mở thêm được 01 cơ sở và 04 điểm cấp phát thuốc điều trị thay thế nghiện các chất dạng thuốc phiện bằng thuốc Methadone",
      ),
      interpretation: "1 treatment facility and 4 dispensing points: 5 sites in all.",
    },
    {
      indicator: "FAMILY_CLINICS",
      year: 2018,
      comparator: ">=",
      value: 2,
      unit: "count",
      source: source("thẩm định và cấp phép cho 02 phòng khám bác sĩ gia đình tại 02 Trạm Y tế"),
    },
    {
      indicator: "PROVINCIAL_RESEARCH",
      year: 2018,
      comparator: ">=",
      value: 1,
      unit: "count",
      source: source("phấn đấu năm 2018 có từ 01 - 02 đề tài cấp tỉnh"),
      interpretation: "“01 - 02”: at least 1.",
    },
    {
      indicator: "RESEARCH_PROJECTS",
      year: 2018,
      comparator: ">=",
      value: 50,
      unit: "count",
      source: source("50 đề tài, sáng kiến cấp cơ sở"),
    },
    {
      indicator: "AUTONOMY_SCHEMES",
      year: 2018,
      comparator: ">=",
      value: 3,
      unit: "count",
      source: source(
        "tiếp tục phấn đấu triển khai thêm được 3 Đề án tự chủ về tài chính tiến tới tự chủ hoàn toàn tại cơ sở y tế tuyến huyện",
      ),
    },
  ],
};
