namespace EntityExtractor.Training;

/// <summary>One sub-command of the training tool (<c>train</c>, <c>evaluate</c>, …).</summary>
internal interface ITrainingCommand
{
    /// <summary>The word that selects the command on the command line.</summary>
    string Name { get; }

    /// <summary>One line on what it does and its arguments, for the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the command with the arguments after its name.</summary>
    /// <returns>The process exit code.</returns>
    int Run(CommandArguments arguments);
}
