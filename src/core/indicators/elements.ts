import type { DataElement } from "./schema";

/** Raw figures that sheets report and ratio indicators are computed from. */
export const DATA_ELEMENTS: readonly DataElement[] = [
  {
    code: "POPULATION",
    name: { vi: "Dân số", en: "Population" },
    aliases: ["dân số", "số dân", "dân số trung bình", "tổng dân số", "population", "DS"],
  },
  {
    code: "BEDS_COUNT",
    name: { vi: "Số giường bệnh", en: "Hospital beds" },
    aliases: ["số giường bệnh", "giường bệnh", "số giường", "giường bệnh kế hoạch", "số GB", "hospital beds", "beds"],
  },
  {
    code: "DOCTORS_COUNT",
    name: { vi: "Số bác sĩ", en: "Medical doctors" },
    aliases: ["số bác sĩ", "bác sĩ", "bác sỹ", "số bác sỹ", "BS", "doctors", "medical doctors"],
  },
  {
    code: "PHARMACISTS_COUNT",
    name: { vi: "Số dược sĩ đại học", en: "University-trained pharmacists" },
    aliases: ["số dược sĩ đại học", "dược sĩ đại học", "dược sỹ đại học", "DSĐH", "dược sĩ", "pharmacists"],
  },
  {
    code: "NURSES_COUNT",
    name: { vi: "Số điều dưỡng", en: "Nurses" },
    aliases: ["số điều dưỡng", "điều dưỡng", "điều dưỡng viên", "ĐD", "nurses"],
  },
  {
    code: "LIVE_BIRTHS",
    name: { vi: "Số trẻ đẻ sống", en: "Live births" },
    aliases: ["số trẻ đẻ sống", "trẻ đẻ sống", "số sinh sống", "đẻ sống", "live births"],
  },
  {
    code: "DEATHS_U1",
    name: { vi: "Số trẻ dưới 1 tuổi tử vong", en: "Deaths under 1 year" },
    aliases: [
      "số trẻ dưới 1 tuổi tử vong",
      "tử vong dưới 1 tuổi",
      "tử vong trẻ dưới 1 tuổi",
      "TV < 1 tuổi",
      "infant deaths",
      "deaths under 1",
    ],
  },
  {
    code: "DEATHS_U5",
    name: { vi: "Số trẻ dưới 5 tuổi tử vong", en: "Deaths under 5 years" },
    aliases: [
      "số trẻ dưới 5 tuổi tử vong",
      "tử vong dưới 5 tuổi",
      "tử vong trẻ dưới 5 tuổi",
      "TV < 5 tuổi",
      "under-five deaths",
      "deaths under 5",
    ],
  },
  {
    code: "INSURED",
    name: { vi: "Số người tham gia BHYT", en: "People with health insurance" },
    aliases: [
      "số người tham gia bảo hiểm y tế",
      "số người tham gia BHYT",
      "số người có thẻ BHYT",
      "số thẻ BHYT",
      "people insured",
    ],
  },
  {
    code: "CHILDREN_U1",
    name: { vi: "Số trẻ dưới 1 tuổi", en: "Children under 1 year" },
    aliases: ["số trẻ dưới 1 tuổi", "trẻ dưới 1 tuổi", "children under 1"],
  },
  {
    code: "FULLY_IMMUNISED",
    name: { vi: "Số trẻ tiêm chủng đầy đủ", en: "Fully immunised children" },
    aliases: ["số trẻ tiêm chủng đầy đủ", "trẻ tiêm chủng đầy đủ", "số trẻ được TCĐĐ", "TCĐĐ", "fully immunised"],
  },
  {
    code: "CHILDREN_U5_MEASURED",
    name: { vi: "Số trẻ dưới 5 tuổi được cân đo", en: "Children under 5 measured" },
    aliases: [
      "số trẻ dưới 5 tuổi được cân đo",
      "trẻ dưới 5 tuổi được cân đo",
      "số trẻ được cân đo",
      "children measured",
    ],
  },
  {
    code: "STUNTED_U5",
    name: { vi: "Số trẻ dưới 5 tuổi SDD thấp còi", en: "Stunted children under 5" },
    aliases: ["số trẻ SDD thấp còi", "số trẻ suy dinh dưỡng thấp còi", "trẻ SDD thấp còi", "stunted children"],
  },
  {
    code: "PEOPLE_WITH_RECORDS",
    name: { vi: "Số người được quản lý sức khỏe", en: "People with a managed health record" },
    aliases: [
      "số người được quản lý sức khỏe",
      "số người có hồ sơ sức khỏe",
      "số hồ sơ sức khỏe",
      "people with health records",
    ],
  },
  {
    code: "STATIONS",
    name: { vi: "Số trạm y tế xã", en: "Commune health stations" },
    aliases: ["số trạm y tế", "số TYT", "tổng số TYT", "trạm y tế xã", "commune health stations"],
  },
  {
    code: "STATIONS_NCD",
    name: { vi: "Số TYT quản lý, điều trị BKLN", en: "Stations managing NCDs" },
    aliases: [
      "số TYT quản lý BKLN",
      "số TYT điều trị BKLN",
      "số trạm y tế quản lý bệnh không lây nhiễm",
      "stations managing NCDs",
    ],
  },
  {
    code: "COMMUNES",
    name: { vi: "Số xã", en: "Communes" },
    aliases: ["số xã", "tổng số xã", "số xã phường thị trấn", "communes"],
  },
  {
    code: "COMMUNES_MEETING",
    name: { vi: "Số xã đạt tiêu chí quốc gia về y tế", en: "Communes meeting the national health criteria" },
    aliases: [
      "số xã đạt tiêu chí quốc gia về y tế",
      "số xã đạt BTCQG",
      "số xã đạt chuẩn",
      "xã đạt tiêu chí",
      "communes meeting criteria",
    ],
  },
  {
    code: "PLHIV",
    name: { vi: "Số người nhiễm HIV", en: "People living with HIV" },
    aliases: ["số người nhiễm HIV", "số người nhiễm HIV còn sống", "người nhiễm HIV", "số ca HIV", "PLHIV"],
  },
  {
    code: "HEALTH_SPENDING",
    name: { vi: "Chi ngân sách y tế", en: "Health budget spending" },
    aliases: ["chi ngân sách y tế", "tổng chi y tế", "ngân sách y tế", "health spending"],
  },
  {
    code: "PREVENTIVE_SPENDING",
    name: { vi: "Chi y tế dự phòng", en: "Preventive care spending" },
    aliases: ["chi y tế dự phòng", "ngân sách y tế dự phòng", "chi cho YTDP", "preventive spending"],
  },
  {
    code: "MED_WASTE_TOTAL",
    name: { vi: "Chất thải y tế phát sinh", en: "Medical waste generated" },
    aliases: ["chất thải y tế phát sinh", "tổng lượng chất thải y tế", "medical waste generated"],
  },
  {
    code: "MED_WASTE_TREATED",
    name: { vi: "Chất thải y tế được xử lý", en: "Medical waste treated" },
    aliases: ["chất thải y tế được xử lý", "lượng chất thải y tế được xử lý", "medical waste treated"],
  },
];
