using EntityExtractor.Cli.Documents;
using EntityExtractor.Cli.Formats;
using Spectre.Console;

namespace EntityExtractor.Cli.CommandLine;

/// <summary>One run of the tool: inputs in, results out, an exit code back.</summary>
internal static class ToolRun
{
    /// <summary>Reads every input and writes every result to standard output; messages go to standard error.</summary>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Run(ToolSettings settings)
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
        {
            MaxTextLength = settings.MaxLength,
            EntityTypes = settings.Miscellaneous ? Enum.GetValues<EntityType>().ToHashSet() : NewsEntityExtractorOptions.Default.EntityTypes,
        });
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Expand(settings.Inputs, settings.Pattern);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"entity-extractor: cannot read '{e.FileName}': {e.Message}");
            return ExitCodes.InputUnreadable;
        }

        var processor = new DocumentProcessor(extractor, Format(settings), settings.Parallel);
        var documents = InputFiles.Documents(files, settings.InputFormat);
        try
        {
            using Stream output = Console.OpenStandardOutput();
            var counts = ShowsProgress(settings)
                ? WithProgress(processor, documents, output, Total(files, settings.InputFormat))
                : processor.Process(documents, output);
            return ExitCodes.For(counts, Console.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"entity-extractor: cannot read the input: {e.Message}");
            return ExitCodes.InputUnreadable;
        }
    }

    private static IResultFormat Format(ToolSettings settings) => settings.Format switch
    {
        OutputFormat.Jsonl => new JsonLinesFormat(settings.Output),
        OutputFormat.Csv => new CsvFormat(),
        _ => new TextFormat(settings.Output, UsesColour(settings.Colour), TerminalWidth()),
    };

    private static bool UsesColour(ColourMode mode) => mode switch
    {
        ColourMode.Always => true,
        ColourMode.Never => false,
        _ => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.ColorSystem != ColorSystem.NoColors,
    };

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 100 : Math.Max(40, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 100;
        }
    }

    /// <summary>A progress bar helps on long runs written to a file, and only where someone watches standard error.</summary>
    private static bool ShowsProgress(ToolSettings settings) =>
        settings.Progress && Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>How many documents there are, when that is known before reading: files read whole, not lines.</summary>
    private static int? Total(IReadOnlyList<string> files, InputFormat format) =>
        format == InputFormat.Text || (format == InputFormat.Auto && !files.Any(f => f == InputFiles.StandardInput || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
            ? files.Count
            : null;

    private static DocumentCounts WithProgress(DocumentProcessor processor, IEnumerable<InputDocument> documents, Stream output, int? total)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("documents", maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                int done = 0;
                return processor.Process(documents, output, () =>
                {
                    done++;
                    task.Increment(1);
                    if (total is null)
                    {
                        task.Description = $"{done:N0} documents";
                    }
                });
            });
    }
}
