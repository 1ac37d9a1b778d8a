using EntityExtractor.Training;
using EntityExtractor.Training.Gazetteers;
using EntityExtractor.Training.WordClasses;

// The training tool: each sub-command is an ITrainingCommand registered here.
ITrainingCommand[] commands =
[
    new WordClassesCommand(),
    new GazetteersCommand(),
    new EntityExtractor.Training.Commands.TrainTaggerCommand(),
    new EntityExtractor.Training.Commands.EvaluateTaggerCommand(),
    new EntityExtractor.Training.Commands.SpeedCommand(),
    new EntityExtractor.Training.Commands.ProfileCommand(),
    new EntityExtractor.Training.Commands.CompareMaxEntCommand(),
    new EntityExtractor.Training.Casualties.EvaluateCasualtiesCommand(),
    new EntityExtractor.Training.Casualties.TrainCasualtiesCommand(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("EntityExtractor training tool. Usage: dotnet run -c Release --project src/EntityExtractor.Training -- <command> [--arguments]");
    foreach (var command in commands)
    {
        Console.WriteLine($"  {command.Name,-22} {command.Usage}");
    }

    return args.Length == 0 ? 2 : 0;
}

var selected = Array.Find(commands, c => c.Name == args[0]);
if (selected is null)
{
    Console.Error.WriteLine($"Unknown command '{args[0]}'. Run with --help for the list.");
    return 2;
}

try
{
    var arguments = new CommandArguments(args[1..]);
    return selected.Run(arguments);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{selected.Name}: {e.Message}");
    Console.Error.WriteLine($"usage: {selected.Name} {selected.Usage}");
    return 2;
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine($"{selected.Name}: {e.Message}");
    return 1;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine($"{selected.Name}: {e.Message}");
    return 1;
}
