using EntityExtractor;
using EntityExtractor.Cli;

const string Usage = """
    entity-extractor: people, organizations, places and casualty figures in English news text.

    Usage:
      entity-extractor --jsonl [--tokens] [--sentences] < documents.jsonl > results.jsonl
      entity-extractor [--tokens] [--sentences] [file]      (plain text from the file or stdin; prints a report)

    JSON Lines input: one object a line with "id" (string or number) and "text" (string); other fields are ignored.
    Output: one object a line, in input order:
      {"id", "tokens", "entities": [{"type","start","end","text","score"}],
       "casualties": [{"kind","count","qualifier","start","end","text"}], "summary": {"killed","wounded"}}
    Offsets are UTF-16 code units of the input text, end exclusive. A bad line yields {"id", "error"}.
      --tokens      add "tokenList": [{"start","end","kind"}]
      --sentences   add "sentences": [{"start","end"}]
    """;

bool jsonl = false, tokens = false, sentences = false;
string? path = null;
foreach (string arg in args)
{
    switch (arg)
    {
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
            return 0;
        default:
            if (arg.StartsWith('-') || path is not null)
            {
                Console.Error.WriteLine($"entity-extractor: unexpected argument '{arg}'.");
                Console.Error.WriteLine(Usage);
                return 2;
            }

            path = arg;
            break;
    }
}

var options = new JsonLinesOptions(tokens, sentences);
var extractor = NewsEntityExtractor.Create();

if (jsonl)
{
    using TextReader input = path is null ? Console.In : new StreamReader(path);
    using Stream output = Console.OpenStandardOutput();
    var processor = new JsonLinesProcessor(extractor, options);
    int errors = processor.Process(input, output);
    if (errors > 0)
    {
        Console.Error.WriteLine($"entity-extractor: {errors} line(s) could not be read; see their \"error\" fields.");
    }

    return 0;
}

string text;
try
{
    text = path is null ? Console.In.ReadToEnd() : File.ReadAllText(path);
}
catch (IOException e)
{
    Console.Error.WriteLine($"entity-extractor: {e.Message}");
    return 1;
}
catch (UnauthorizedAccessException e)
{
    Console.Error.WriteLine($"entity-extractor: {e.Message}");
    return 1;
}

TextReport.Write(extractor.Extract(text), Console.Out, options);
return 0;
