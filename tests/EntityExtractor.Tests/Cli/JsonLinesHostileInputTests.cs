using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EntityExtractor.Cli;
using EntityExtractor.Cli.Documents;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Cli;

/// <summary>Whatever the input holds, the JSON Lines mode writes one valid JSON line for each input line, in order.</summary>
public sealed class JsonLinesHostileInputTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    private static (List<string> Lines, DocumentCounts Counts) Run(byte[] input)
    {
        using var reader = JsonLinesReader.Open(new MemoryStream(input));
        using var output = new MemoryStream();
        var counts = new JsonLinesProcessor(Extractor, new JsonLinesOptions(false, false)).Process(reader, output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().EndWith("\n");
        var lines = text[..^1].Split('\n').ToList();
        lines.Should().HaveCount(counts.Documents);
        lines.ForEach(line => JsonDocument.Parse(line).Dispose());
        return (lines, counts);
    }

    private static (List<string> Lines, DocumentCounts Counts) Run(string input) => Run(Encoding.UTF8.GetBytes(input));

    [Theory]
    [InlineData("{\"id\":1,\"text\":\"a \\ud800 b\"}", "{\"id\":1,\"tokens\":3,")]
    [InlineData("{\"id\":1,\"text\":\"a \\udc00 b\"}", "{\"id\":1,\"tokens\":3,")]
    [InlineData("{\"id\":1,\"text\":\"a \\udc00\\ud800 b\"}", "{\"id\":1,\"tokens\":4,")]
    [InlineData("{\"id\":\"\\ud800\",\"text\":\"Two died.\"}", "{\"id\":\"\\ud800\",\"tokens\":3,")]
    public void Process_LoneSurrogateEscapes_AreReadAsDocuments(string line, string expectedStart)
    {
        var (lines, counts) = Run(line + "\n");

        lines.Should().ContainSingle().Which.Should().StartWith(expectedStart);
        counts.Should().Be(new DocumentCounts(1, 0, 0));
    }

    [Fact]
    public void Process_OneBadLineAmongHundreds_LosesNoDocument()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            input.Append(JsonSerializer.Serialize(new { id = i, text = "Three people were wounded." })).Append('\n');
        }

        input.Append("{\"id\":300,\"text\":\"a \\ud800 b\"}\n{\"id\":301,\"text\":7}\n");
        for (int i = 302; i < 312; i++)
        {
            input.Append(JsonSerializer.Serialize(new { id = i, text = "Two died." })).Append('\n');
        }

        var (lines, counts) = Run(input.ToString());

        counts.Should().Be(new DocumentCounts(312, 1, 0));
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(0, 312));
    }

    [Fact]
    public void Process_ByteOrderMarkAndCrLf_ReadTheFirstDocument()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "{\"id\":1,\"text\":\"Four people died.\"}\r\n{\"id\":2,\"text\":\"x\"}\r\n"u8.ToArray()];

        var (lines, counts) = Run(input);

        counts.Should().Be(new DocumentCounts(2, 0, 0));
        lines[0].Should().StartWith("{\"id\":1,\"tokens\":4,");
        lines[1].Should().StartWith("{\"id\":2,\"tokens\":1,");
    }

    [Fact]
    public void Process_EveryKindOfBadLine_GetsItsOwnErrorLine()
    {
        byte[] invalidUtf8 = [0xC3, 0x28, 0x80, 0xFF, (byte)'\n'];
        string rest = "[1,2]\n42\nnull\n\n{\"id\":{\"a\":1},\"text\":\"x\"}\n{\"id\":5,\"text\":5}\nnot json\r stray carriage return\n{\"id\":8,\"text\":\"Last line without a newline.\"}";
        byte[] input = [.. invalidUtf8, .. Encoding.UTF8.GetBytes(rest)];

        var (lines, counts) = Run(input);

        counts.Should().Be(new DocumentCounts(9, 8, 0));
        lines.Take(8).Should().OnlyContain(l => l.Contains("\"error\":", StringComparison.Ordinal));
        lines[1].Should().Be("{\"id\":null,\"error\":\"expected a JSON object, got Array\"}");
        lines[2].Should().Be("{\"id\":null,\"error\":\"expected a JSON object, got Number\"}");
        lines[3].Should().Be("{\"id\":null,\"error\":\"expected a JSON object, got Null\"}");
        lines[5].Should().Be("{\"id\":null,\"error\":\"\\\"id\\\" must be a string or a number\"}");
        lines[6].Should().Be("{\"id\":5,\"error\":\"the object has no \\\"text\\\" string\"}");
        lines[8].Should().StartWith("{\"id\":8,\"tokens\":6,");
    }

    [Fact]
    public void Process_TwentyMegabyteLines_AreReadWhole()
    {
        string padding = new('x', 20 * 1024 * 1024);
        string input = $"{{\"id\":1,\"padding\":\"{padding}\",\"text\":\"Two people died.\"}}\n\"{padding}\n{{\"id\":3,\"text\":\"One died.\"}}\n";

        var (lines, counts) = Run(input);

        counts.Should().Be(new DocumentCounts(3, 1, 0));
        lines[0].Should().StartWith("{\"id\":1,\"tokens\":4,");
        lines[1].Should().StartWith("{\"id\":null,\"error\":\"not valid JSON:");
        lines[2].Should().StartWith("{\"id\":3,\"tokens\":3,");
    }

    [Fact]
    public void Process_TextOverMaxLength_GetsAnErrorLineAndTheRestGoOn()
    {
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MaxTextLength = 12 });
        using var output = new MemoryStream();

        var counts = new JsonLinesProcessor(extractor, new JsonLinesOptions(false, false))
            .Process(new StringReader("{\"id\":1,\"text\":\"Thirteen char\"}\n{\"id\":2,\"text\":\"Two died.\"}\n"), output);

        counts.Should().Be(new DocumentCounts(2, 1, 0));
        Encoding.UTF8.GetString(output.ToArray()).Split('\n')[0].Should().Be("{\"id\":1,\"error\":\"the text is 13 characters long, over the limit of 12 (--max-length)\"}");
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 0, 1)]
    [InlineData(0, 1, 4)]
    [InlineData(3, 1, 4)]
    public void ExitCodes_ForCounts_AreTheDocumentedOnes(int badLines, int internalErrors, int expected)
    {
        using var log = new StringWriter();

        ExitCodes.For(new DocumentCounts(10, badLines, internalErrors), log).Should().Be(expected);
    }

    [Fact]
    public void Cli_MissingFileOrFolder_ExitsWithThreeAndSaysWhy()
    {
        var missing = RunCli("--jsonl definitely-missing-input.jsonl");
        var folder = RunCli("--jsonl definitely-missing-folder/");

        missing.ExitCode.Should().Be(3);
        missing.Error.Should().Be("entity-extractor: cannot read 'definitely-missing-input.jsonl': no such file or folder: 'definitely-missing-input.jsonl'\n");
        folder.ExitCode.Should().Be(3);
        missing.Output.Should().BeEmpty();
    }

    [Fact]
    public void Cli_StdinWithBomAndABadLine_WritesEveryLineAndExitsWithOne()
    {
        var run = RunCli("--jsonl", [0xEF, 0xBB, 0xBF, .. "{\"id\":1,\"text\":\"Two died.\"}\nnot json\n"u8.ToArray()]);

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2)
            .And.Subject.First().Should().StartWith("{\"id\":1,\"tokens\":3,");
        run.Error.Should().Be("entity-extractor: 1 of 2 document(s) could not be read; see their errors.\n");
    }

    [Fact]
    public void Cli_Help_DocumentsTheExitCodes()
    {
        var run = RunCli("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Exit codes:").And.Contain("3  the input could not be opened or read");
    }

    internal static (int ExitCode, string Output, string Error) RunCli(string arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "entity-extractor.dll")}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue("the tool must finish");
        return (process.ExitCode, output.Result, error.Result);
    }
}
