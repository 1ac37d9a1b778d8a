using System.Text.Json;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// Reads <c>countries.min.json</c> (<c>{"AE":{"name":…,"alias":[…],"capital":…,"continent":"AS",…},…}</c>) and
/// <c>continents.min.json</c> (<c>{"AF":"Africa",…}</c>) of the npm package <c>countries-list</c>.
/// </summary>
internal static class CountriesListReader
{
    /// <summary>Reads the continents: code → English name.</summary>
    /// <exception cref="InvalidDataException">Not a JSON object of strings.</exception>
    public static Dictionary<string, string> ReadContinents(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(json, "continents");
        var continents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            continents[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw new InvalidDataException($"continents: the value of '{property.Name}' is not a string.");
        }

        return continents;
    }

    /// <summary>Reads the countries, naming each continent from <paramref name="continents"/>.</summary>
    /// <exception cref="InvalidDataException">A country lacks a name or the JSON has another shape.</exception>
    public static List<CountryRecord> ReadCountries(Stream json, IReadOnlyDictionary<string, string> continents)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(continents);
        using var document = Parse(json, "countries");
        var countries = new List<CountryRecord>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"countries: '{property.Name}' has no \"name\" string.");
            }

            var aliases = new List<string>();
            if (value.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.Array)
            {
                aliases.AddRange(alias.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
            }

            string capital = value.TryGetProperty("capital", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            string continentCode = value.TryGetProperty("continent", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "";
            string continent = continents.TryGetValue(continentCode, out string? continentName) ? continentName : continentCode;
            countries.Add(new CountryRecord(property.Name, name.GetString()!, aliases, capital, continent));
        }

        return countries;
    }

    private static JsonDocument Parse(Stream json, string what)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new InvalidDataException($"{what}: expected a JSON object at the top.");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{what}: not valid JSON: {e.Message}", e);
        }
    }
}
