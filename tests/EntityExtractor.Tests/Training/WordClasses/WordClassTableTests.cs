using EntityExtractor.Training.WordClasses;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.WordClasses;

public sealed class WordClassTableTests
{
    private static string WriteToString(params (string Word, WordClassIds Ids)[] entries)
    {
        using var writer = new StringWriter();
        WordClassTable.Write(writer, entries.Select(e => KeyValuePair.Create(e.Word, e.Ids)));
        return writer.ToString();
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        string text = WriteToString(("the", new(1, 2, 3)), ("baghdad", new(63, 255, 1023)), ("\"", new(0, 0, 0)));

        var table = WordClassTable.Read(new StringReader(text));

        text.Should().Be("the\t1\t2\t3\nbaghdad\t63\t255\t1023\n\"\t0\t0\t0\n");
        table.Count.Should().Be(3);
        table.Classes["baghdad"].Should().Be(new WordClassIds(63, 255, 1023));
    }

    [Fact]
    public void Write_UpperCaseAndRepeatedWords_WritesLowerCaseOnce()
    {
        string text = WriteToString(("Mosul", new(1, 1, 1)), ("mosul", new(2, 2, 2)));

        text.Should().Be("mosul\t1\t1\t1\n");
    }

    [Fact]
    public void Write_WordWithTabOrNewline_IsSkipped()
    {
        string text = WriteToString(("a\tb", new(1, 1, 1)), ("c\nd", new(1, 1, 1)), ("", new(1, 1, 1)), ("ok", new(4, 5, 6)));

        text.Should().Be("ok\t4\t5\t6\n");
    }

    [Fact]
    public void TryGet_CapitalizedWord_FindsLowerCaseEntry()
    {
        var table = WordClassTable.Read(new StringReader("hezbollah\t5\t6\t7\n"));

        table.TryGet("Hezbollah", out var ids).Should().BeTrue();
        ids.Should().Be(new WordClassIds(5, 6, 7));
        table.TryGet("Hamas", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("word\t1\t2\n")]
    [InlineData("word\t1\t2\tx\n")]
    [InlineData("word\t-1\t2\t3\n")]
    [InlineData("\t1\t2\t3\n")]
    public void Read_MalformedLine_ThrowsInvalidDataExceptionWithLineNumber(string line)
    {
        var act = () => WordClassTable.Read(new StringReader("fine\t0\t0\t0\n" + line), "test.tsv");

        act.Should().Throw<InvalidDataException>().WithMessage("test.tsv, line 2:*");
    }

    [Fact]
    public void Read_RepeatedWord_ThrowsInvalidDataException()
    {
        var act = () => WordClassTable.Read(new StringReader("a\t0\t0\t0\na\t1\t1\t1\n"));

        act.Should().Throw<InvalidDataException>().WithMessage("*twice*");
    }

    [Fact]
    public void Load_WrittenFile_ReadsAllWords()
    {
        string path = Path.Combine(Path.GetTempPath(), "ee-word-classes-" + Guid.NewGuid().ToString("N") + ".tsv");
        try
        {
            File.WriteAllText(path, WriteToString(("killed", new(3, 4, 5)), ("wounded", new(3, 4, 6))));

            var table = WordClassTable.Load(path);

            table.Classes.Keys.Should().BeEquivalentTo("killed", "wounded");
            table.Classes["wounded"].C1024.Should().Be(6);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundException()
    {
        var act = () => WordClassTable.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.tsv"));

        act.Should().Throw<FileNotFoundException>().WithMessage("*none.tsv*");
    }
}
