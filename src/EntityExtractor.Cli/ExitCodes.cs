using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli;

/// <summary>The tool's exit codes, as <c>--help</c> documents them.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was read.</summary>
    public const int Success = 0;

    /// <summary>Some documents could not be read (not a JSON object with a string <c>"text"</c>, too long, an unreadable file); each got an error output.</summary>
    public const int BadLines = 1;

    /// <summary>The command line was not understood.</summary>
    public const int BadArguments = 2;

    /// <summary>The input could not be opened or read.</summary>
    public const int InputUnreadable = 3;

    /// <summary>Extraction failed inside the library on some documents; each got an error object.</summary>
    public const int InternalErrors = 4;

    /// <summary>The worker could not reach the broker in time, or the broker refused its queue declarations.</summary>
    public const int BrokerFailed = 5;

    /// <summary>The worker stopped on an unexpected error (logged); what it had not acknowledged is redelivered.</summary>
    public const int WorkerFailed = 6;

    /// <summary>The exit code for a run, after telling <paramref name="log"/> what went wrong.</summary>
    public static int For(DocumentCounts counts, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (counts.BadInput > 0)
        {
            log.WriteLine($"entity-extractor: {counts.BadInput} of {counts.Documents} document(s) could not be read; see their errors.");
        }

        if (counts.InternalErrors > 0)
        {
            log.WriteLine($"entity-extractor: extraction failed on {counts.InternalErrors} document(s); see their errors and please report it.");
            return InternalErrors;
        }

        return counts.BadInput > 0 ? BadLines : Success;
    }
}
