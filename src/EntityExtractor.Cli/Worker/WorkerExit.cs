namespace EntityExtractor.Cli.Worker;

/// <summary>The worker's exit code (one of <see cref="ExitCodes"/>), set by the service and read when the host has stopped.</summary>
internal sealed class WorkerExit
{
    /// <summary>The code the process exits with: <see cref="ExitCodes.Success"/> when a signal (or Ctrl+C) stopped the worker after it settled what it had started.</summary>
    public int Code { get; set; } = ExitCodes.Success;
}
