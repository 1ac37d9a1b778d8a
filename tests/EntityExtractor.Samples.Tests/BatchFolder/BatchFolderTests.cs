using System.Text;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Samples.Tests.BatchFolder;

/// <summary>The BatchFolder sample run as a program over folders of invented articles.</summary>
public sealed class BatchFolderTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("batchfolder-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Run_ArticlesInFolderAndSubfolder_WritesEveryRowQuotedAsRfc4180()
    {
        string input = Path.Combine(_work.FullName, "in");
        Directory.CreateDirectory(Path.Combine(input, "east"));
        // A comma and a double quote in a file name (Linux allows both), a CRLF inside a casualty phrase.
        WriteArticle(Path.Combine(input, "Dunmore, \"slide\" report.txt"),
            "A landslide buried three homes near Dunmore on Tuesday, killing five\r\n"
            + "people, the regional governor, Tomas Varga, said. Rescuers from the Red Crescent pulled two survivors from the mud.\r\n");
        WriteArticle(Path.Combine(input, "east", "orlova.txt"),
            "Gunmen kidnapped 12 students from a school in Orlova, police chief Marta Kell said. Last year a similar raid left four dead.\n");
        WriteArticle(Path.Combine(input, "east", "notes.md"), "Helen Brandt was killed in Marwick.");
        string output = Path.Combine(_work.FullName, "out.csv");

        var run = await RunAsync(input, output);

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal($"2 files read: 5 entities (2 people, 1 organization, 2 places) and 3 casualty figures written to {output}.");
        (await File.ReadAllBytesAsync(output)).Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        (await File.ReadAllTextAsync(output)).Should().Be(
            "file,kind,text,start,end,score,count,qualifier,victims,background\r\n"
            + "\"Dunmore, \"\"slide\"\" report.txt\",Location,Dunmore,36,43,0.8610,,,,\r\n"
            + "\"Dunmore, \"\"slide\"\" report.txt\",Killed,\"killing five\r\npeople\",56,76,,5,Exact,people,false\r\n"
            + "\"Dunmore, \"\"slide\"\" report.txt\",Person,Tomas Varga,101,112,0.9904,,,,\r\n"
            + "\"Dunmore, \"\"slide\"\" report.txt\",Organization,Red Crescent,138,150,0.9972,,,,\r\n"
            + "east/orlova.txt,Kidnapped,kidnapped 12 students,7,28,,12,Exact,students,false\r\n"
            + "east/orlova.txt,Location,Orlova,46,52,0.9682,,,,\r\n"
            + "east/orlova.txt,Person,Marta Kell,67,77,0.9951,,,,\r\n"
            + "east/orlova.txt,Killed,four dead,114,123,,4,Exact,,true\r\n");
    }

    [Fact]
    public async Task Run_FolderWithoutArticles_WritesTheHeaderOnly()
    {
        string output = Path.Combine(_work.FullName, "out.csv");

        var run = await RunAsync(_work.FullName, output);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal($"0 files read: 0 entities (0 people, 0 organizations, 0 places) and 0 casualty figures written to {output}.");
        (await File.ReadAllTextAsync(output)).Should().Be("file,kind,text,start,end,score,count,qualifier,victims,background\r\n");
    }

    [Fact]
    public async Task Run_MissingFolder_SaysSoAndExitsWith3()
    {
        string missing = Path.Combine(_work.FullName, "no-such-folder");
        string output = Path.Combine(_work.FullName, "out.csv");

        var run = await RunAsync(missing, output);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Equal($"BatchFolder: the input folder '{missing}' does not exist or is not a folder.");
        run.Output.Should().BeEmpty();
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Run_OutputInMissingFolder_SaysSoAndExitsWith4()
    {
        string output = Path.Combine(_work.FullName, "no-such-folder", "out.csv");

        var run = await RunAsync(_work.FullName, output);

        run.ExitCode.Should().Be(4);
        run.Error.Should().ContainSingle().Which.Should().StartWith($"BatchFolder: cannot write '{output}': ");
    }

    [Fact]
    public async Task Run_OneArgument_PrintsUsageAndExitsWith2()
    {
        var run = await RunAsync(_work.FullName);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Equal(
            "Usage: BatchFolder <input-folder> <output.csv>",
            "Reads every *.txt file below <input-folder> and writes one CSV row per entity or casualty figure.");
        run.Output.Should().BeEmpty();
    }

    private static async Task<(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Error)> RunAsync(params string[] arguments)
    {
        using var sample = SampleProcess.Start("BatchFolder", arguments);
        int exitCode = await sample.WaitForExitAsync(Timeout);
        return (exitCode, sample.Output, sample.Error);
    }

    private static void WriteArticle(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
