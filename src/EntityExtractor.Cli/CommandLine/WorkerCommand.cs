using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics.CodeAnalysis;
using EntityExtractor.Cli.Worker;

namespace EntityExtractor.Cli.CommandLine;

/// <summary>The <c>worker</c> subcommand: its options, help text and validation, read into <see cref="WorkerOptions"/>.</summary>
internal static class WorkerCommand
{
    private const string Description = """
        Extract documents from a RabbitMQ queue and publish the results to another.

        Each message body is one JSON Lines input line, {"id", "text"}; each result is the object the --jsonl mode
        writes for that line, published to the results queue with publisher confirms before the input is
        acknowledged (at-least-once: after a redelivery an id can come twice, with the same result).
        A message that is not a JSON object with a "text" string, or whose text is over --max-length, goes to the
        dead-letter queue with its reason in the "x-error" header; so does one whose extraction fails
        --max-attempts times (the broker dead-letters one that keeps killing its worker).
        Stops on SIGTERM or Ctrl+C: the batch being extracted is finished and published, the rest is returned.
        Exit codes: 0 stopped by a signal, 2 bad arguments, 5 the broker could not be reached or refused the queues,
        6 an unexpected error (logged; whatever was not acknowledged is redelivered).
        """;

    /// <summary>The subcommand; its action runs the worker until it is stopped and returns the exit code.</summary>
    public static Command Create(Func<WorkerOptions, CancellationToken, Task<int>> run)
    {
        var parts = new Parts();
        var command = Build(parts);
        command.SetAction((parsed, cancellationToken) => run(parts.Read(parsed), cancellationToken));
        return command;
    }

    /// <summary>
    /// Reads the words after <c>worker</c>: the options, or <see langword="false"/> with the first error (or
    /// <see langword="null"/> when help was asked for).
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out WorkerOptions? options, out string? error)
    {
        var parts = new Parts();
        var parsed = new RootCommand { Build(parts) }.Parse(["worker", .. args]);
        error = parsed.Errors.Count > 0 ? parsed.Errors[0].Message : null;
        options = error is null && parsed.Action is not HelpAction ? parts.Read(parsed) : null;
        return options is not null;
    }

    /// <summary>The subcommand's options and the check that its three queues differ.</summary>
    private static Command Build(Parts parts)
    {
        var command = new Command("worker", Description)
        {
            parts.Broker, parts.Queue, parts.Results, parts.DeadLetter, parts.Parallel, parts.Prefetch, parts.MaxAttempts,
            parts.MaxLength, parts.ReportSeconds, parts.ConnectSeconds, parts.Tokens, parts.Sentences,
        };
        command.Validators.Add(result =>
        {
            var (queue, results, deadLetter) = parts.Queues(o => result.GetValue(o), o => result.GetValue(o));
            if (new[] { queue, results, deadLetter }.Distinct(StringComparer.Ordinal).Count() < 3)
            {
                result.AddError("--queue, --results and --dead-letter must name three different queues.");
            }
        });
        return command;
    }

    /// <summary>The options of one command instance, and how they make a <see cref="WorkerOptions"/>.</summary>
    private sealed class Parts
    {
        private static readonly WorkerOptions Defaults = new(new Uri("amqp://localhost/"), "documents", "results", "documents.dead");

        public Option<Uri> Broker { get; } = new("--broker")
        {
            Description = "The broker: amqp://user:password@host:5672/vhost (or amqps://).",
            Required = true,
            HelpName = "URI",
            CustomParser = result =>
            {
                string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(token, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps")
                {
                    return uri;
                }

                result.AddError("--broker needs an amqp:// or amqps:// URI.");
                return null;
            },
        };

        public Option<string> Queue { get; } = new("--queue") { Description = "The input queue, declared as a quorum queue.", DefaultValueFactory = _ => "documents", HelpName = "NAME" };

        public Option<string> Results { get; } = new("--results") { Description = "The results queue.", DefaultValueFactory = _ => "results", HelpName = "NAME" };

        public Option<string?> DeadLetter { get; } = new("--dead-letter") { Description = "The dead-letter queue [default: the input queue's name + \".dead\"].", HelpName = "NAME" };

        public Option<int?> Parallel { get; } = WholeNumber.Option("--parallel", "Documents extracted at once [default: one per core].");

        public Option<int?> Prefetch { get; } = WholeNumber.Option("--prefetch", "Unacknowledged messages held at once [default: 8 per core].", ushort.MaxValue);

        public Option<int?> MaxAttempts { get; } = WholeNumber.Option("--max-attempts", "Deliveries of a failing message before it is dead-lettered [default: 5].");

        public Option<int?> MaxLength { get; } = WholeNumber.Option("--max-length", "Longest text in UTF-16 code units [default: 1048576].");

        public Option<int?> ReportSeconds { get; } = WholeNumber.Option("--report-seconds", "Log documents per second this often while busy [default: 10].", 86_400);

        public Option<int?> ConnectSeconds { get; } = WholeNumber.Option("--connect-seconds", "Keep trying to reach the broker this long at start [default: 60].", 86_400);

        public Option<bool> Tokens { get; } = new("--tokens") { Description = "Add the tokens to each result, as in the --jsonl mode." };

        public Option<bool> Sentences { get; } = new("--sentences") { Description = "Add the sentences to each result, as in the --jsonl mode." };

        /// <summary>The three queue names, each one not given at its default.</summary>
        public (string Queue, string Results, string DeadLetter) Queues(Func<Option<string>, string?> text, Func<Option<string?>, string?> optionalText)
        {
            string queue = text(Queue) ?? Defaults.Queue;
            return (queue, text(Results) ?? Defaults.Results, optionalText(DeadLetter) ?? queue + ".dead");
        }

        /// <summary>The options, with each one not given at its default.</summary>
        public WorkerOptions Read(ParseResult parsed)
        {
            var (queue, results, deadLetter) = Queues(o => parsed.GetValue(o), o => parsed.GetValue(o));
            return new WorkerOptions(parsed.GetValue(Broker) ?? Defaults.Broker, queue, results, deadLetter)
            {
                Parallel = parsed.GetValue(Parallel) ?? Defaults.Parallel,
                Prefetch = (ushort)(parsed.GetValue(Prefetch) ?? Defaults.Prefetch),
                MaxAttempts = parsed.GetValue(MaxAttempts) ?? Defaults.MaxAttempts,
                MaxLength = parsed.GetValue(MaxLength) ?? Defaults.MaxLength,
                ReportInterval = parsed.GetValue(ReportSeconds) is { } report ? TimeSpan.FromSeconds(report) : Defaults.ReportInterval,
                ConnectTimeout = parsed.GetValue(ConnectSeconds) is { } connect ? TimeSpan.FromSeconds(connect) : Defaults.ConnectTimeout,
                Output = new JsonLinesOptions(parsed.GetValue(Tokens), parsed.GetValue(Sentences)),
            };
        }
    }
}
