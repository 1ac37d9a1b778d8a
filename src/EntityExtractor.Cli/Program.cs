using System.CommandLine;
using EntityExtractor.Cli;
using EntityExtractor.Cli.CommandLine;
using EntityExtractor.Cli.Worker;

var command = ToolCommand.Create(ToolRun.Run, WorkerHost.RunAsync);
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

// The worker's generic host turns SIGTERM and Ctrl+C into its graceful stop; System.CommandLine must not also
// handle them (it would end the process after its own short timeout).
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
