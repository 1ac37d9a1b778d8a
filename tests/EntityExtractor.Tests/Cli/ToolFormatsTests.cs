using System.Text;
using EntityExtractor.Cli;
using EntityExtractor.Cli.Documents;
using EntityExtractor.Cli.Formats;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Cli;

/// <summary>The tool's CSV and text formats, and its file and folder inputs.</summary>
public sealed class ToolFormatsTests : IDisposable
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions
    {
        UserEntities = new Dictionary<string, EntityType>
        {
            ["Tunde Bello"] = EntityType.Person,
            ["Kano"] = EntityType.Location,
            ["Bello, Okafor \"and\" Sons"] = EntityType.Organization,
        },
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("ee-tool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_EntitiesAndFigures_OneQuotedRowEach()
    {
        string output = Render(new CsvFormat(), InputDocument.FromFile("a,b.txt", "Bello, Okafor \"and\" Sons said three people were killed in Kano."));

        output.Should().Be(
            "id,type,text,start,end,count,qualifier,score\n" +
            "\"a,b.txt\",Organization,\"Bello, Okafor \"\"and\"\" Sons\",0,24,,,1\n" +
            "\"a,b.txt\",Location,Kano,58,62,,,1\n" +
            "\"a,b.txt\",Killed,three people were killed,30,54,3,Exact,\n");
    }

    [Fact]
    public void Csv_UnreadableLine_OneErrorRow()
    {
        string output = Render(new CsvFormat(), InputDocument.FromJsonLine("{\"id\":\"x\"}"));

        output.Should().Be("id,type,text,start,end,count,qualifier,score\nx,error,\"the object has no \"\"text\"\" string\",,,,,\n");
    }

    [Fact]
    public void Text_Colour_HighlightsEachEntityInItsTypesColour()
    {
        string output = Render(new TextFormat(new JsonLinesOptions(false, false), colour: true, width: 100), InputDocument.FromFile("a.txt", "Tunde Bello flew to Kano."));

        output.Should().StartWith(
            "== a.txt ==\n" +
            "\u001b[30;106mTunde Bello\u001b[0m flew to \u001b[30;102mKano\u001b[0m.\n" +
            "\u001b[30;106m Person \u001b[0m \u001b[30;103m Organization \u001b[0m \u001b[30;102m Location \u001b[0m \n\n" +
            "25 characters, 6 tokens, 1 sentences\n");
    }

    [Fact]
    public void Text_EscapeSequenceInTheArticle_IsNotSentToTheTerminal()
    {
        string output = Render(new TextFormat(new JsonLinesOptions(false, false), colour: true, width: 100), InputDocument.FromFile("a.txt", "Kano\u001b[2J is quiet."));

        output.Should().StartWith("== a.txt ==\n\u001b[30;102mKano\u001b[0m\uFFFD[2J is quiet.\n");
    }

    [Fact]
    public void Expand_Folder_FilesMatchingThePatternAtAnyDepthInPathOrder()
    {
        Write("b.txt", "Kano.");
        Write("sub/a.txt", "Kano.");
        Write("sub/c.md", "Kano.");
        Write("A.TXT", "Kano.");

        var files = InputFiles.Expand([_folder], "*.txt");

        files.Select(f => Path.GetRelativePath(_folder, f)).Should().Equal("A.TXT", "b.txt", Path.Combine("sub", "a.txt"));
    }

    [Fact]
    public void Expand_NoInputs_IsStandardInput()
    {
        InputFiles.Expand([], "*.txt").Should().Equal("-");
    }

    [Fact]
    public void Expand_MissingPath_ThrowsFileNotFound()
    {
        var act = () => InputFiles.Expand([Path.Combine(_folder, "missing")], "*.txt");

        act.Should().Throw<FileNotFoundException>().WithMessage("no such file or folder: '*missing'");
    }

    [Fact]
    public void Documents_JsonlFileAndTextFile_LinesAndWholeFile()
    {
        Write("one.jsonl", "{\"id\":1,\"text\":\"Kano.\"}\n{\"id\":2,\"text\":\"Lagos.\"}\n");
        Write("two.txt", "Whole\nfile.");

        var documents = InputFiles.Documents([Path.Combine(_folder, "one.jsonl"), Path.Combine(_folder, "two.txt")], InputFormat.Auto).ToList();

        documents.Select(d => d.JsonLine).Should().Equal("{\"id\":1,\"text\":\"Kano.\"}", "{\"id\":2,\"text\":\"Lagos.\"}", null);
        documents[2].Text.Should().Be("Whole\nfile.");
        documents[2].Id.Display.Should().Be(Path.Combine(_folder, "two.txt"));
    }

    [Fact]
    public void Cli_FolderToCsv_WritesEveryFilesRowsAndExitsWithZero()
    {
        Write("a.txt", "Two people were killed on Monday.");
        Write("sub/b.txt", "Nothing happened.");

        var run = JsonLinesHostileInputTests.RunCli($"\"{_folder}\" --format csv --no-progress");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(
            "id,type,text,start,end,count,qualifier,score\n" +
            $"{Path.Combine(_folder, "a.txt")},Killed,Two people were killed,0,22,2,Exact,\n");
        run.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--bogus", "entity-extractor: unknown option '--bogus'.\n")]
    [InlineData("--parallel 0", "entity-extractor: --parallel needs a whole number from 1 to 2147483647, not '0'.\n")]
    [InlineData("--max-length +5", "entity-extractor: --max-length needs a whole number from 1 to 2147483647, not '+5'.\n")]
    public void Cli_BadArguments_ExitWithTwoAndSayWhy(string arguments, string firstLine)
    {
        var run = JsonLinesHostileInputTests.RunCli(arguments);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be(firstLine + "entity-extractor: see --help.\n");
        run.Output.Should().BeEmpty();
    }

    private static string Render(IResultFormat format, InputDocument document)
    {
        using var output = new MemoryStream();
        new DocumentProcessor(Extractor, format).Process([document], output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
