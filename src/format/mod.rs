//! File formats: how criteria sets and assessments are written as text, and read back with a
//! line and column for every mistake. Pure (text in, validated domain values out): the domain
//! keeps the validated types and rules, `storage` reads and writes the bytes.

pub mod action_plan;
pub mod assessment;
pub mod criteria;
