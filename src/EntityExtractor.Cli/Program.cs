using EntityExtractor.Cli;
using EntityExtractor.Cli.CommandLine;

var command = ToolCommand.Create(ToolRun.Run);
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"entity-extractor: {error.Message}");
    }

    Console.Error.WriteLine("entity-extractor: see --help.");
    return ExitCodes.BadArguments;
}

return parsed.Invoke();
