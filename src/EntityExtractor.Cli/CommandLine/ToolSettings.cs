using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.CommandLine;

/// <summary>What one run of the tool was asked to do, as the command line said it.</summary>
internal sealed record ToolSettings
{
    /// <summary>Files, folders, or <c>-</c> for standard input; empty for standard input.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>How inputs are read.</summary>
    public InputFormat InputFormat { get; init; }

    /// <summary>Which files a folder contributes.</summary>
    public string Pattern { get; init; } = "*.txt";

    /// <summary>How results are written.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>Extra fields: tokens and sentences.</summary>
    public JsonLinesOptions Output { get; init; } = new(false, false);

    /// <summary>Whether miscellaneous names (events, works, laws, nationalities) are returned too.</summary>
    public bool Miscellaneous { get; init; }

    /// <summary>The longest text read, in UTF-16 code units.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <summary>Documents read at once; -1 for one per core.</summary>
    public int Parallel { get; init; } = -1;

    /// <summary>Whether the text report highlights entities in colour.</summary>
    public ColourMode Colour { get; init; }

    /// <summary>Whether a progress bar may be shown on standard error.</summary>
    public bool Progress { get; init; } = true;
}

/// <summary>How the tool writes results.</summary>
internal enum OutputFormat
{
    /// <summary>A readable report, highlighted in colour on a terminal.</summary>
    Text,

    /// <summary>JSON Lines: one result object a document (the contract).</summary>
    Jsonl,

    /// <summary>CSV: one row per entity or casualty figure.</summary>
    Csv,
}

/// <summary>When the text report uses colour.</summary>
internal enum ColourMode
{
    /// <summary>When standard output is a terminal that shows colour (and <c>NO_COLOR</c> is not set).</summary>
    Auto,

    /// <summary>Always.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
