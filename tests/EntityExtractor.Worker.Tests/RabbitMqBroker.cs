using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace EntityExtractor.Worker.Tests;

/// <summary>
/// A RabbitMQ node of the tests' own: Debian's rabbitmq-server started as a child process on 127.0.0.1, with a
/// temporary data directory, free ports, its own node name and cookie, and stopped (and its data deleted) at the end.
/// Nothing on the machine is shared with it but the installed package. A missing server is a failure, not a skip.
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>Where Debian's package puts the server script (the /usr/sbin wrapper would switch user).</summary>
    public const string DefaultServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly string _serverPath;
    private readonly DirectoryInfo _directory;
    private readonly int _epmdPort;
    private readonly int _distributionPort;
    private readonly string _nodeName;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private RabbitMqBroker(string serverPath)
    {
        _serverPath = serverPath;
        _directory = Directory.CreateTempSubdirectory("entity-extractor-rabbitmq-");
        Port = FreePort();
        _distributionPort = FreePort();
        _epmdPort = FreePort();
        _nodeName = $"entity-extractor-test-{Guid.NewGuid():N}@localhost";
        File.WriteAllText(Path.Combine(_directory.FullName, "enabled_plugins"), "[].");
        string cookie = Path.Combine(_directory.FullName, ".erlang.cookie");
        File.WriteAllText(cookie, Guid.NewGuid().ToString("N"));
        if (!OperatingSystem.IsWindows())
        {
            // Erlang refuses a cookie file that others can read.
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    /// <summary>The AMQP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The broker's AMQP URI.</summary>
    public Uri Uri => new($"amqp://guest:guest@127.0.0.1:{Port}/");

    /// <summary>Starts a node and waits until it accepts AMQP connections.</summary>
    /// <exception cref="InvalidOperationException">The server is not installed, or did not start in time.</exception>
    public static async Task<RabbitMqBroker> StartAsync(string serverPath = DefaultServerPath)
    {
        if (!File.Exists(serverPath))
        {
            throw new InvalidOperationException(
                $"The worker tests need a real RabbitMQ broker, and {serverPath} does not exist. " +
                "Install Debian's package: apt-get install -y rabbitmq-server (.ci/run does).");
        }

        var broker = new RabbitMqBroker(serverPath);
        try
        {
            await broker.StartNodeAsync();
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the node gracefully (SIGTERM) and starts it again on the same port and data.</summary>
    public async Task RestartAsync()
    {
        await StopNodeAsync();
        await StartNodeAsync();
    }

    /// <summary>The node's output so far, for failure messages.</summary>
    public string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopNodeAsync();
        // The Erlang port mapper the node started on its own port outlives the node; end it too.
        using (var epmd = Process.Start(new ProcessStartInfo("epmd", ["-port", _epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-kill"]) { RedirectStandardOutput = true, RedirectStandardError = true }))
        {
            if (epmd is not null && !epmd.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                epmd.Kill();
            }
        }

        _directory.Delete(recursive: true);
    }

    private async Task StartNodeAsync()
    {
        string dir = _directory.FullName;
        var start = new ProcessStartInfo(_serverPath)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = start.Environment;
        environment["HOME"] = dir;
        environment["RABBITMQ_NODENAME"] = _nodeName;
        environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["ERL_EPMD_PORT"] = _epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia");
        environment["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log");
        environment["RABBITMQ_LOGS"] = "-";
        environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq");
        environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dir, "advanced.config");
        environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dir, "rabbitmq-env.conf");
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins");
        environment["RABBITMQ_PID_FILE"] = Path.Combine(dir, "rabbitmq.pid");
        // Makes the script exec the Erlang VM, so this process is the node and SIGTERM stops it gracefully.
        environment["RUNNING_UNDER_SYSTEMD"] = "true";

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        var factory = new ConnectionFactory { Uri = Uri, AutomaticRecoveryEnabled = false };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with code {process.ExitCode} while starting:\n{Tail()}");
            }

            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                return;
            }
            catch (BrokerUnreachableException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(250);
            }
            catch (BrokerUnreachableException e)
            {
                throw new InvalidOperationException($"rabbitmq-server did not accept connections within {StartTimeout.TotalSeconds} s:\n{Tail()}", e);
            }
        }
    }

    private async Task StopNodeAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        using (process)
        {
            if (!process.HasExited)
            {
                using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                using var timeout = new CancellationTokenSource(StopTimeout);
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                }
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private string Tail()
    {
        string log = Log();
        return log.Length <= 4000 ? log : log[^4000..];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
