export * from "./changes";
export * from "./url";
