using EntityExtractor;
using EntityExtractor.Cli;

const string Usage = """
    entity-extractor: people, organizations, places and casualty figures in English news text.

    Usage:
      entity-extractor --jsonl [--tokens] [--sentences] [--max-length N] [--parallel N] [file] > results.jsonl
                        (JSON Lines from the file or stdin)
      entity-extractor [--tokens] [--sentences] [--max-length N] [file]
                        (plain text from the file or stdin; prints a report)

    JSON Lines input: one object a line with "id" (string or number), "text" (string) and optionally "date"
    (the publication date, yyyy-MM-dd); other fields are ignored.
    Input is UTF-8 (a byte-order mark is skipped; bytes that are not UTF-8 become U+FFFD); lines end at "\n".
    Output: exactly one object a line for every input line, in input order:
      {"id", "tokens", "entities": [{"type","start","end","text","score"}],
       "casualties": [{"kind","count","qualifier","start","end","text"}], "summary": {"killed","wounded","severalIncidents"}}
    Offsets are UTF-16 code units of the input text, end exclusive. A bad line yields {"id", "error"}.
      --tokens          add "tokenList": [{"start","end","kind"}]
      --sentences       add "sentences": [{"start","end"}]
      --max-length N    refuse a text longer than N UTF-16 code units (its line gets an error object)
      --parallel N      process at most N lines at once (default: one per core)

    Exit codes:
      0  every document was read
      1  some lines were not a JSON object with a "text" string (or the text was over --max-length); each got an
         error object, the rest were read
      2  bad arguments
      3  the input could not be opened or read (a missing file, a directory, an I/O error)
      4  extraction failed inside the library on some documents (each got an error object): please report it
    """;

bool jsonl = false, tokens = false, sentences = false;
int maxLength = int.MaxValue;
int parallel = -1;
string? path = null;
for (int i = 0; i < args.Length; i++)
{
    string arg = args[i];
    switch (arg)
    {
        case "--parallel":
            if (!TryReadPositive(args, ++i, out parallel))
            {
                Console.Error.WriteLine("entity-extractor: --parallel needs a positive whole number.");
                return ExitCodes.BadArguments;
            }

            break;
        case "--max-length":
            if (!TryReadPositive(args, ++i, out maxLength))
            {
                Console.Error.WriteLine("entity-extractor: --max-length needs a positive whole number.");
                return ExitCodes.BadArguments;
            }

            break;
        case "--jsonl":
            jsonl = true;
            break;
        case "--tokens":
            tokens = true;
            break;
        case "--sentences":
            sentences = true;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return ExitCodes.Success;
        default:
            if (arg.StartsWith('-') || path is not null)
            {
                Console.Error.WriteLine($"entity-extractor: unexpected argument '{arg}'.");
                Console.Error.WriteLine(Usage);
                return ExitCodes.BadArguments;
            }

            path = arg;
            break;
    }
}

var options = new JsonLinesOptions(tokens, sentences);
var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MaxTextLength = maxLength });

try
{
    using TextReader input = JsonLinesReader.Open(path);
    if (jsonl)
    {
        using Stream output = Console.OpenStandardOutput();
        var counts = new JsonLinesProcessor(extractor, options, parallel).Process(input, output);
        return ExitCodes.For(counts, Console.Error);
    }

    string text = input.ReadToEnd();
    if (text.Length > maxLength)
    {
        Console.Error.WriteLine($"entity-extractor: the text is {text.Length} characters long, over the limit of {maxLength} (--max-length).");
        return ExitCodes.BadLines;
    }

    TextReport.Write(extractor.Extract(text), Console.Out, options);
    return ExitCodes.Success;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"entity-extractor: cannot read {(path is null ? "standard input" : $"'{path}'")}: {e.Message}");
    return ExitCodes.InputUnreadable;
}

// The value after a flag: a whole number above zero, written with digits only.
static bool TryReadPositive(string[] args, int index, out int value)
{
    value = 0;
    return index < args.Length
        && int.TryParse(args[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
        && value > 0;
}
