namespace EntityExtractor.Cli.Worker;

/// <summary>The worker's exit code, set by the service and read when the host has stopped.</summary>
internal sealed class WorkerExit
{
    /// <summary>The worker was stopped by a signal (or Ctrl+C) after settling what it had started.</summary>
    public const int Stopped = 0;

    /// <summary>The broker could not be reached in time, or refused the queue declarations.</summary>
    public const int BrokerFailed = 5;

    /// <summary>The worker stopped on an unexpected error (logged); what it had not acknowledged is redelivered.</summary>
    public const int Failed = 6;

    /// <summary>The code the process exits with.</summary>
    public int Code { get; set; } = Stopped;
}
