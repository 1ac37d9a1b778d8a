namespace EntityExtractor.Casualties;

/// <summary>A count read from tokens <c>[First, End)</c>: "at least 4", "twenty-three", "dozens of".</summary>
/// <param name="Value">The number, or the conservative count a vague quantity stands for.</param>
/// <param name="Qualifier">How the number relates to the true one.</param>
/// <param name="First">Index of the first token (a qualifier such as "at least" when there is one).</param>
/// <param name="End">Index one past the last token.</param>
internal readonly record struct Quantity(int Value, CasualtyQualifier Qualifier, int First, int End);
