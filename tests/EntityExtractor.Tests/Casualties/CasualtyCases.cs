using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityExtractor.Tests.Casualties;

/// <summary>One hand-written case of Data/casualties/cases.json.</summary>
public sealed record CasualtyCase
{
    public string Id { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public int? Killed { get; init; }

    public int? Wounded { get; init; }

    public int? Missing { get; init; }

    public int? Kidnapped { get; init; }

    public IReadOnlyList<ExpectedFigure>? Figures { get; init; }

    public bool NoFigures { get; init; }

    /// <summary>At least this many figures must be flagged as background.</summary>
    public int Background { get; init; }

    /// <summary>A figure must carry this victims' description.</summary>
    public string? Victims { get; init; }

    public override string ToString() => Id;
}

public sealed record ExpectedFigure(string Kind, int Count, string Qualifier, string? Text);

/// <summary>Loads the case file once.</summary>
public static class CasualtyCases
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<CasualtyCase> All { get; } = Load();

    public static IEnumerable<object[]> Ids => All.Select(c => new object[] { c.Id });

    public static CasualtyCase Get(string id) => All.Single(c => c.Id == id);

    private static List<CasualtyCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "casualties", "cases.json");
        return JsonSerializer.Deserialize<List<CasualtyCase>>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} holds no cases.");
    }
}
