using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EntityExtractor.Cli.Worker;

/// <summary>Reads the flags of <c>entity-extractor worker</c>.</summary>
internal static class WorkerArguments
{
    /// <summary>The worker mode's help text.</summary>
    public const string Usage = """
        entity-extractor worker: extract documents from a RabbitMQ queue, publish the results to another.

        Usage:
          entity-extractor worker --broker amqp://user:password@host:5672/vhost [--queue documents] [--results results]
                                  [--dead-letter documents.dead] [--parallel N] [--prefetch N] [--max-attempts N]
                                  [--max-length N] [--report-seconds N] [--connect-seconds N] [--tokens] [--sentences]

        Each message body is one JSON Lines input line, {"id", "text"}; each result is the object the --jsonl mode
        writes for that line, published to the results queue with publisher confirms before the input is
        acknowledged (at-least-once: after a redelivery an id can come twice, with the same result).
        A message that is not a JSON object with a "text" string, or whose text is over --max-length, goes to the
        dead-letter queue with its reason in the "x-error" header; so does one whose extraction fails
        --max-attempts times (the broker dead-letters one that keeps killing its worker).
          --queue NAME          the input queue (default documents); declared as a quorum queue
          --results NAME        the results queue (default results)
          --dead-letter NAME    the dead-letter queue (default: the input queue's name + ".dead")
          --parallel N          documents extracted at once (default: one per core)
          --prefetch N          unacknowledged messages held at once (default: 8 per core)
          --max-attempts N      deliveries of a failing message before it is dead-lettered (default 5)
          --max-length N        longest text in UTF-16 code units (default 1048576)
          --report-seconds N    log documents per second this often while busy (default 10)
          --connect-seconds N   keep trying to reach the broker this long at start (default 60)
          --tokens, --sentences as in the --jsonl mode

        Stops on SIGTERM or Ctrl+C: the batch being extracted is finished and published, the rest is returned.
        Exit codes: 0 stopped by a signal, 2 bad arguments, 5 the broker could not be reached or refused the queues,
        6 an unexpected error (logged; whatever was not acknowledged is redelivered).
        """;

    /// <summary>Reads <paramref name="args"/> (the words after <c>worker</c>).</summary>
    /// <param name="args">The flags.</param>
    /// <param name="options">The options, when the flags were understood and help was not asked for.</param>
    /// <param name="error">What was wrong, or <see langword="null"/> when help was asked for.</param>
    /// <returns>Whether the worker should run.</returns>
    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out WorkerOptions? options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = null;
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool tokens = false, sentences = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return false;
                case "--tokens":
                    tokens = true;
                    break;
                case "--sentences":
                    sentences = true;
                    break;
                case "--broker" or "--queue" or "--results" or "--dead-letter" or "--parallel" or "--prefetch"
                    or "--max-attempts" or "--max-length" or "--report-seconds" or "--connect-seconds":
                    if (i + 1 == args.Count)
                    {
                        error = $"{args[i]} needs a value.";
                        return false;
                    }

                    values[args[i]] = args[++i];
                    break;
                default:
                    error = $"unexpected argument '{args[i]}'.";
                    return false;
            }
        }

        if (!values.TryGetValue("--broker", out string? broker))
        {
            error = "--broker amqp://… is required.";
            return false;
        }

        if (!Uri.TryCreate(broker, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            error = "--broker needs an amqp:// or amqps:// URI.";
            return false;
        }

        string queue = values.GetValueOrDefault("--queue", "documents");
        var result = new WorkerOptions(uri, queue, values.GetValueOrDefault("--results", "results"), values.GetValueOrDefault("--dead-letter", queue + ".dead"))
        {
            Output = new JsonLinesOptions(tokens, sentences),
        };
        if (!TryReadNumber(values, "--parallel", result.Parallel, int.MaxValue, out int parallel, ref error)
            || !TryReadNumber(values, "--prefetch", result.Prefetch, ushort.MaxValue, out int prefetch, ref error)
            || !TryReadNumber(values, "--max-attempts", result.MaxAttempts, int.MaxValue, out int attempts, ref error)
            || !TryReadNumber(values, "--max-length", result.MaxLength, int.MaxValue, out int maxLength, ref error)
            || !TryReadNumber(values, "--report-seconds", (int)result.ReportInterval.TotalSeconds, 86_400, out int report, ref error)
            || !TryReadNumber(values, "--connect-seconds", (int)result.ConnectTimeout.TotalSeconds, 86_400, out int connect, ref error))
        {
            return false;
        }

        if (new[] { queue, result.Results, result.DeadLetter }.Distinct(StringComparer.Ordinal).Count() < 3)
        {
            error = "--queue, --results and --dead-letter must name three different queues.";
            return false;
        }

        options = result with
        {
            Parallel = parallel,
            Prefetch = (ushort)prefetch,
            MaxAttempts = attempts,
            MaxLength = maxLength,
            ReportInterval = TimeSpan.FromSeconds(report),
            ConnectTimeout = TimeSpan.FromSeconds(connect),
        };
        return true;
    }

    // A flag's whole number, 1 to max, written with digits only; the default when the flag is absent.
    private static bool TryReadNumber(Dictionary<string, string> values, string flag, int fallback, int max, out int value, ref string? error)
    {
        value = fallback;
        if (!values.TryGetValue(flag, out string? text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 && value <= max)
        {
            return true;
        }

        error = $"{flag} needs a whole number from 1 to {max}.";
        return false;
    }
}
