namespace EntityExtractor.Cli;

/// <summary>The tool's exit codes, as <c>--help</c> documents them.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was read.</summary>
    public const int Success = 0;

    /// <summary>Some lines were not a JSON object with a string <c>"text"</c>; each got an error object.</summary>
    public const int BadLines = 1;

    /// <summary>The command line was not understood.</summary>
    public const int BadArguments = 2;

    /// <summary>The input could not be opened or read.</summary>
    public const int InputUnreadable = 3;

    /// <summary>Extraction failed inside the library on some documents; each got an error object.</summary>
    public const int InternalErrors = 4;

    /// <summary>The exit code for a <c>--jsonl</c> run, after telling <paramref name="log"/> what went wrong.</summary>
    public static int For(JsonLinesCounts counts, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (counts.BadLines > 0)
        {
            log.WriteLine($"entity-extractor: {counts.BadLines} of {counts.Lines} line(s) could not be read; see their \"error\" fields.");
        }

        if (counts.InternalErrors > 0)
        {
            log.WriteLine($"entity-extractor: extraction failed on {counts.InternalErrors} document(s); see their \"error\" fields and please report it.");
            return InternalErrors;
        }

        return counts.BadLines > 0 ? BadLines : Success;
    }
}
