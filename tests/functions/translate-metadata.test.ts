import { translateMetadata } from "../../scripts/functions-vi";

const english = {
  functions: [
    {
      id: "TARGET",
      name: "TARGET",
      description: "The target.",
      result: { type: "number" },
      parameters: [
        { name: "indicator", description: "Code." },
        { name: "year", description: "Year." },
      ],
    },
  ],
};

const table = {
  TARGET: {
    name: "CHI_TIEU",
    description: "Chỉ tiêu.",
    parameters: { indicator: { name: "chỉ_số", description: "Mã." }, year: { name: "năm", description: "Năm." } },
  },
};

describe("translateMetadata", () => {
  it("returns the same ids, types and order with Vietnamese names and help", () => {
    const { metadata, errors } = translateMetadata(english, table);
    expect(errors).toEqual([]);
    expect(metadata.functions[0]).toEqual({
      id: "TARGET",
      name: "CHI_TIEU",
      description: "Chỉ tiêu.",
      result: { type: "number" },
      parameters: [
        { name: "chỉ_số", description: "Mã." },
        { name: "năm", description: "Năm." },
      ],
    });
  });

  it("returns an error for a function the table does not translate", () => {
    const { errors } = translateMetadata({ functions: [...english.functions, { id: "NEW", name: "NEW" }] }, table);
    expect(errors).toEqual(["NEW: no Vietnamese translation"]);
  });

  it("returns an error for an untranslated parameter and for one the function lacks", () => {
    const { errors } = translateMetadata(english, {
      TARGET: {
        ...table.TARGET,
        parameters: { indicator: table.TARGET.parameters.indicator, plan: table.TARGET.parameters.year },
      },
    });
    expect(errors).toEqual([
      "TARGET: parameter year has no Vietnamese translation",
      "TARGET: the table translates parameter plan, which the function lacks",
    ]);
  });

  it("returns an error for a translated id that is not a function and for a name Excel refuses", () => {
    const { errors } = translateMetadata(english, {
      TARGET: { ...table.TARGET, name: "1CHI_TIEU" },
      GONE: table.TARGET,
    });
    expect(errors).toEqual(['TARGET: "1CHI_TIEU" is not a valid function name', "GONE: translated but not a function"]);
  });
});
