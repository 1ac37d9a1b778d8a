using EntityExtractor;

namespace BatchFolder;

/// <summary>Counts what a run found, for the one-line summary.</summary>
internal sealed class RunTotals
{
    private int _people;
    private int _organizations;
    private int _places;
    private int _figures;

    public void Add(ExtractionResult result)
    {
        foreach (var entity in result.Entities)
        {
            switch (entity.Type)
            {
                case EntityType.Person: _people++; break;
                case EntityType.Organization: _organizations++; break;
                case EntityType.Location: _places++; break;
            }
        }

        _figures += result.Casualties.Count;
    }

    /// <summary>E.g. "2 files read: 5 entities (2 people, 1 organization, 2 places) and 3 casualty figures".</summary>
    public string Describe(int files) =>
        $"{Count(files, "file", "files")} read: {Count(_people + _organizations + _places, "entity", "entities")} " +
        $"({Count(_people, "person", "people")}, {Count(_organizations, "organization", "organizations")}, {Count(_places, "place", "places")}) " +
        $"and {Count(_figures, "casualty figure", "casualty figures")}";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
