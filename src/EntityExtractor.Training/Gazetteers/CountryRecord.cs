namespace EntityExtractor.Training.Gazetteers;

/// <summary>One country or territory from the npm package <c>countries-list</c>.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The English common name.</param>
/// <param name="Aliases">Other English names (former names, abbreviations such as UAE).</param>
/// <param name="Capital">The capital, empty when none.</param>
/// <param name="Continent">The continent's English name.</param>
internal sealed record CountryRecord(string Code, string Name, IReadOnlyList<string> Aliases, string Capital, string Continent);
