export * from "./view";
export * from "./format";
export * from "./answers";
export * from "./journey";
export * from "./skills";
export * from "./meta";
export * from "./answer";
export * from "./plan";
