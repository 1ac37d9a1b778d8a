using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityExtractor.Tests.Casualties;

/// <summary>
/// One hand-written case of Data/casualties/cases.json or known-gaps.json: the text, the exact summary and every
/// figure in text order. A key the loader does not know is an error, so a misspelt key cannot drop an assertion.
/// </summary>
public sealed record CasualtyCase
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>Only in known-gaps.json: what the right output is, where the recorded (current) output is wrong.</summary>
    public string? Gap { get; init; }

    public required int? Killed { get; init; }

    public required int? Wounded { get; init; }

    public int? Missing { get; init; }

    public int? Kidnapped { get; init; }

    /// <summary>Whether the summary says the text reports several incidents (<see cref="CasualtySummary.SeveralIncidents"/>).</summary>
    public bool SeveralIncidents { get; init; }

    /// <summary>Every figure the text gives, in text order; empty when it reports no casualty.</summary>
    public required IReadOnlyList<ExpectedFigure> Figures { get; init; }

    public CasualtySummary Summary => new(Killed, Wounded, Missing, Kidnapped) { SeveralIncidents = SeveralIncidents };

    public override string ToString() => Id;
}

/// <summary>A figure exactly as <see cref="CasualtyFigure"/> must give it (offsets are checked against <see cref="Text"/> apart).</summary>
public sealed record ExpectedFigure
{
    public required CasualtyKind Kind { get; init; }

    public required int Count { get; init; }

    public required CasualtyQualifier Qualifier { get; init; }

    public required string Text { get; init; }

    public string? Victims { get; init; }

    public bool Background { get; init; }

    public static ExpectedFigure From(CasualtyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new ExpectedFigure
        {
            Kind = figure.Kind,
            Count = figure.Count,
            Qualifier = figure.Qualifier,
            Text = figure.Text,
            Victims = figure.Victims,
            Background = figure.IsBackground,
        };
    }

    public override string ToString() =>
        $"{Kind} {Count} {Qualifier}{(Background ? " background" : string.Empty)} \"{Text}\" victims: {Victims ?? "none"}";
}

/// <summary>Loads the case files once.</summary>
public static class CasualtyCases
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Cases whose recorded output is the right one.</summary>
    public static IReadOnlyList<CasualtyCase> All { get; } = Load("cases.json", gaps: false);

    /// <summary>Cases whose recorded output is the current, wrong one; each says in <see cref="CasualtyCase.Gap"/> what is right.</summary>
    public static IReadOnlyList<CasualtyCase> KnownGaps { get; } = Load("known-gaps.json", gaps: true);

    public static IEnumerable<object[]> Ids => All.Select(c => new object[] { c.Id });

    public static IEnumerable<object[]> KnownGapIds => KnownGaps.Select(c => new object[] { c.Id });

    public static CasualtyCase Get(string id) => All.Concat(KnownGaps).Single(c => c.Id == id);

    internal static List<CasualtyCase> Parse(string json) =>
        JsonSerializer.Deserialize<List<CasualtyCase>>(json, Options) ?? throw new InvalidDataException("The case file holds no cases.");

    private static List<CasualtyCase> Load(string file, bool gaps)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "casualties", file);
        List<CasualtyCase> cases = Parse(File.ReadAllText(path));
        foreach (CasualtyCase c in cases)
        {
            if (gaps != !string.IsNullOrWhiteSpace(c.Gap))
            {
                throw new InvalidDataException(gaps
                    ? $"{path}: case {c.Id} must say in \"gap\" what the right output is."
                    : $"{path}: case {c.Id} has a \"gap\"; known gaps belong in known-gaps.json.");
            }
        }

        return cases;
    }
}
