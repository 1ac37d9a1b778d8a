namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// Assembles the gazetteers from the decoded packages and <see cref="OwnWordLists"/>: cleans every name
/// (<see cref="GazetteerText.Clean"/>), adds its plain-ASCII spelling when that differs, and keeps one entry per
/// name (ordinal), the first one added. Locations are added country, region, capital, city, so that order is
/// also the priority when a name is several things ("Georgia" stays a country).
/// </summary>
internal sealed class GazetteerBuilder
{
    /// <summary>City names that are also common English words or our own head words; never listed as cities.</summary>
    private static readonly HashSet<string> CityStopWords = new(
        [
            "Of", "Most", "Mission", "Police", "Reading", "Mobile", "Split", "Nice", "Bath", "Sale", "Independence",
            "University", "Hope", "Union", "Progress", "Liberty", "Deal", "Normal", "Enterprise", "Commerce",
            "Industry", "Friendship", "Victory", "Unity", "Freedom", "Republic", "Temple", "March", "Gap", "Bar",
            "Bus", "Bell", "Orange", "Opportunity", "Green", "Beach", "Lincoln", "Wells", "Fair", "Rest",
        ],
        StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, LocationKind> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GivenNameGender> _givenNames = new(StringComparer.Ordinal);

    /// <summary>The location entries added so far, in priority order.</summary>
    public IReadOnlyDictionary<string, LocationKind> Locations => _locations;

    /// <summary>The given names added so far.</summary>
    public IReadOnlyDictionary<string, GivenNameGender> GivenNames => _givenNames;

    /// <summary>Adds a place name and its ASCII spelling unless already present. Returns how many entries were new.</summary>
    public int AddLocation(string name, LocationKind kind)
    {
        int added = 0;
        foreach (string variant in Variants(name))
        {
            if (_locations.TryAdd(variant, kind))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>Adds countries and their aliases, then their capitals (after regions, see <see cref="Build"/>).</summary>
    public void AddCountries(IEnumerable<CountryRecord> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var country in countries)
        {
            AddLocation(country.Name, LocationKind.Country);
            foreach (string alias in country.Aliases)
            {
                AddLocation(alias, LocationKind.Country);
            }
        }
    }

    /// <summary>Adds cities of at least <paramref name="minPopulation"/> people, most populous first; national
    /// capitals (GeoNames PPLC) are added whatever their size, as capitals.</summary>
    public void AddCities(IEnumerable<CityRecord> cities, long minPopulation)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var ordered = cities
            .Where(c => c.IsCapital || c.Population >= minPopulation)
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var city in ordered.Where(c => c.IsCapital))
        {
            AddLocation(city.Name, LocationKind.Capital);
        }

        foreach (var city in ordered.Where(c => !c.IsCapital))
        {
            if (IsPlausibleCityName(city.Name))
            {
                AddLocation(city.Name, LocationKind.City);
            }
        }
    }

    /// <summary>Adds a given name; a name listed under both genders becomes <see cref="GivenNameGender.Unisex"/>.</summary>
    public void AddGivenName(string name, GivenNameGender gender)
    {
        foreach (string variant in Variants(name))
        {
            if (!_givenNames.TryAdd(variant, gender) && _givenNames[variant] != gender)
            {
                _givenNames[variant] = GivenNameGender.Unisex;
            }
        }
    }

    /// <summary>Assembles the complete gazetteer in the documented priority order.</summary>
    public static GazetteerFiles Build(
        IReadOnlyList<CountryRecord> countries,
        IEnumerable<string> continents,
        IReadOnlyList<CityRecord> cities,
        long minPopulation,
        IEnumerable<string> maleNames,
        IEnumerable<string> femaleNames)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(continents);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(maleNames);
        ArgumentNullException.ThrowIfNull(femaleNames);
        var builder = new GazetteerBuilder();

        builder.AddCountries(countries);
        foreach (string name in OwnWordLists.CountryNames)
        {
            builder.AddLocation(name, LocationKind.Country);
        }

        foreach (string name in continents.Concat(OwnWordLists.Regions).Concat(OwnWordLists.UsStates))
        {
            builder.AddLocation(name, LocationKind.Region);
        }

        foreach (var country in countries)
        {
            builder.AddLocation(country.Capital, LocationKind.Capital);
        }

        builder.AddCities(cities, minPopulation);

        foreach (string name in maleNames)
        {
            builder.AddGivenName(name, GivenNameGender.Male);
        }

        foreach (string name in femaleNames)
        {
            builder.AddGivenName(name, GivenNameGender.Female);
        }

        foreach (var (name, gender) in OwnWordLists.GivenNames)
        {
            builder.AddGivenName(name, gender == "male" ? GivenNameGender.Male : GivenNameGender.Female);
        }

        var givenNames = builder._givenNames
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new GazetteerFiles(
            builder._locations,
            givenNames,
            DistinctCleaned(OwnWordLists.OrganizationWords),
            DistinctCleaned(OwnWordLists.PersonTitles),
            DistinctCleaned(OwnWordLists.LocationWords));
    }

    /// <summary>The cleaned entries in order, each once.</summary>
    public static List<string> DistinctCleaned(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (string word in words)
        {
            if (GazetteerText.Clean(word) is { } clean && seen.Add(clean))
            {
                result.Add(clean);
            }
        }

        return result;
    }

    /// <summary>A city name is kept when it starts with an upper-case letter, has at least three characters, is
    /// in Latin script (a few GeoNames names are Cyrillic), and is not a common word or one of our own head words.</summary>
    public static bool IsPlausibleCityName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length >= 3 && char.IsUpper(name[0]) && IsLatinScript(name) && !CityStopWords.Contains(name)
            && !OwnWordLists.OrganizationWords.Contains(name, StringComparer.OrdinalIgnoreCase)
            && !OwnWordLists.PersonTitles.Contains(name, StringComparer.OrdinalIgnoreCase)
            && !OwnWordLists.LocationWords.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsLatinScript(string name)
    {
        foreach (char c in name)
        {
            if (char.IsLetter(c) && c >= '\u0250' && c is not (>= '\u1E00' and <= '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cleaned name and, when different, its ASCII spelling; nothing for an unusable name.</summary>
    public static IEnumerable<string> Variants(string? name)
    {
        string? clean = GazetteerText.Clean(name);
        if (clean is null || clean.Contains('(', StringComparison.Ordinal))
        {
            yield break;
        }

        yield return clean;
        string folded = GazetteerText.FoldToAscii(clean);
        if (folded.Length > 0 && !string.Equals(folded, clean, StringComparison.Ordinal))
        {
            yield return folded;
        }
    }
}
