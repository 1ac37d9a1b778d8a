using System.CommandLine;
using EntityExtractor.Cli.Documents;
using EntityExtractor.Cli.Worker;

namespace EntityExtractor.Cli.CommandLine;

/// <summary>The tool's command line (System.CommandLine): its arguments, options, help text and validation.</summary>
internal static class ToolCommand
{
    /// <summary>The exit codes, as <c>--help</c> prints them.</summary>
    public const string ExitCodesHelp = """
        Exit codes:
          0  every document was read
          1  some documents could not be read (not a JSON object with a "text" string, over --max-length, an
             unreadable file); each got an error output, the rest were read
          2  bad arguments
          3  the input could not be opened or read (a missing file or folder, an I/O error)
          4  extraction failed inside the library on some documents (each got an error output): please report it
        """;

    private const string Description = """
        entity-extractor: the people, organizations, places and casualty figures in English news text.

        Reads standard input, files, or folders (recursively, files matching --pattern). A .jsonl file holds one
        document a line, {"id": string|number, "text": string, "date": "yyyy-MM-dd" (optional)}; any other file is one document named by its path.
        Formats: text (a report; entities highlighted on a colour terminal), jsonl (one object a document:
        {"id", "tokens", "entities", "casualties", "summary"}, or {"id", "error"}), csv (one row per entity or figure:
        id,type,text,start,end,count,qualifier,score). Offsets are UTF-16 code units, end exclusive.
        """;

    /// <summary>The root command, whose action runs the tool, with the <c>worker</c> subcommand; each returns the exit code.</summary>
    public static RootCommand Create(Func<ToolSettings, int> run, Func<WorkerOptions, CancellationToken, Task<int>> runWorker)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders or - (standard input); none means standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        inputs.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a file name.
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != InputFiles.StandardInput)
                {
                    result.AddError($"unknown option '{token.Value}'.");
                }
            }
        });
        var format = new Option<OutputFormat?>("--format", "-f") { Description = "Output format: text, jsonl or csv [default: text; jsonl with --jsonl]." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON Lines and write JSON Lines (the pipeline contract): --input-format jsonl --format jsonl." };
        var inputFormat = new Option<InputFormat?>("--input-format") { Description = "How inputs are read: auto (.jsonl files as JSON Lines, others as one text), text or jsonl." };
        var pattern = new Option<string?>("--pattern") { Description = "Files a folder contributes [default: *.txt; *.jsonl with --jsonl]." };
        var tokens = new Option<bool>("--tokens") { Description = "Add the tokens: \"tokenList\": [{\"start\",\"end\",\"kind\"}] in JSON Lines, a list in text." };
        var sentences = new Option<bool>("--sentences") { Description = "Add the sentences: \"sentences\": [{\"start\",\"end\"}] in JSON Lines, a list in text." };
        var maxLength = WholeNumber.Option("--max-length", "Refuse a text longer than N UTF-16 code units (it gets an error output) [default: no limit].");
        var parallel = WholeNumber.Option("--parallel", "Read at most N documents at once [default: one per core].");
        var miscellaneous = new Option<bool>("--misc") { Description = "Also return miscellaneous names (events, works, laws, nationalities) as type \"Miscellaneous\"." };
        var colour = new Option<ColourMode>("--color") { Description = "Highlight entities in the text report: auto, always or never. NO_COLOR is honoured." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar (shown on standard error when it is a terminal and the output is redirected)." };

        var root = new RootCommand(Description + Environment.NewLine + ExitCodesHelp)
        {
            inputs, format, jsonl, inputFormat, pattern, tokens, sentences, miscellaneous, maxLength, parallel, colour, noProgress,
        };
        root.Subcommands.Add(WorkerCommand.Create(runWorker));
        root.SetAction(parsed =>
        {
            bool lines = parsed.GetValue(jsonl);
            var read = parsed.GetValue(inputFormat) ?? (lines ? InputFormat.Jsonl : InputFormat.Auto);
            return run(new ToolSettings
            {
                Inputs = parsed.GetValue(inputs) ?? [],
                InputFormat = read,
                Pattern = parsed.GetValue(pattern) ?? (read == InputFormat.Jsonl ? "*.jsonl" : "*.txt"),
                Format = parsed.GetValue(format) ?? (lines ? OutputFormat.Jsonl : OutputFormat.Text),
                Output = new JsonLinesOptions(parsed.GetValue(tokens), parsed.GetValue(sentences)),
                Miscellaneous = parsed.GetValue(miscellaneous),
                MaxLength = parsed.GetValue(maxLength) ?? int.MaxValue,
                Parallel = parsed.GetValue(parallel) ?? -1,
                Colour = parsed.GetValue(colour),
                Progress = !parsed.GetValue(noProgress),
            });
        });
        return root;
    }
}
