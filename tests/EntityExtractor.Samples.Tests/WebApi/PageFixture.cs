using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Xunit;

namespace EntityExtractor.Samples.Tests.WebApi;

/// <summary>
/// The sample on a real Kestrel port of 127.0.0.1 (a browser cannot reach the in-memory test server) and the
/// system's headless Chromium driven by Playwright, started once for the page tests.
/// </summary>
public sealed class PageFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's address, such as <c>http://127.0.0.1:43127/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The page tests need headless Chromium at {ChromiumPath}, which is missing. Install Debian's package with "
                + "`bash .ci/install-browser` (or `apt-get update && apt-get install -y chromium`). Playwright is not allowed to download a browser.");
        }

        UseKestrel(0);
        StartServer();
        Address = ClientOptions.BaseAddress;

        // Playwright's package carries its driver; browsers are never downloaded (and `playwright install` is never run).
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 30_000,
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }
}
