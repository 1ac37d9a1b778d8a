using System.Text;
using System.Text.Json;
using EntityExtractor.Cli;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Cli;

public sealed class JsonLinesProcessorTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    private static List<JsonElement> Run(string input, JsonLinesOptions? options = null)
    {
        var processor = new JsonLinesProcessor(Extractor, options ?? new JsonLinesOptions(false, false));
        using var output = new MemoryStream();
        processor.Process(new StringReader(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().EndWith("\n");
        return text.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }

    [Fact]
    public void Process_Document_WritesTheContractFields()
    {
        var lines = Run("{\"id\": \"a1\", \"text\": \"Four people were killed in Baghdad.\", \"source\": \"ignored\"}\n");

        var result = lines.Should().ContainSingle().Subject;
        result.GetProperty("id").GetString().Should().Be("a1");
        result.GetProperty("tokens").GetInt32().Should().Be(7);
        result.GetProperty("entities").ValueKind.Should().Be(JsonValueKind.Array);
        result.GetProperty("casualties").ValueKind.Should().Be(JsonValueKind.Array);
        var summary = result.GetProperty("summary");
        summary.TryGetProperty("killed", out _).Should().BeTrue();
        summary.TryGetProperty("wounded", out _).Should().BeTrue();
        result.TryGetProperty("tokenList", out _).Should().BeFalse();
        result.TryGetProperty("sentences", out _).Should().BeFalse();
    }

    [Fact]
    public void Process_EntitiesAndCasualties_CarryOffsetsIntoTheInputText()
    {
        const string text = "At least four members of a pro-Iran faction were killed in Baghdad's Palestine Street, Iraqi officials said.";
        var result = Run(JsonSerializer.Serialize(new { id = 1, text }) + "\n").Single();

        foreach (string array in new[] { "entities", "casualties" })
        {
            foreach (var item in result.GetProperty(array).EnumerateArray())
            {
                int start = item.GetProperty("start").GetInt32();
                int end = item.GetProperty("end").GetInt32();
                item.GetProperty("text").GetString().Should().Be(text[start..end]);
            }
        }
    }

    [Fact]
    public void Process_NumericId_IsWrittenBackAsANumber()
    {
        var result = Run("{\"id\": 42, \"text\": \"Hello.\"}").Single();

        result.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
        result.GetProperty("id").GetInt32().Should().Be(42);
    }

    [Fact]
    public void Process_MalformedLines_YieldErrorObjectsAndProcessingGoesOn()
    {
        const string input = "{\"id\": 1, \"text\": \"First.\"}\n"
            + "this is not json\n"
            + "{\"id\": 3}\n"
            + "{\"id\": 4, \"text\": 17}\n"
            + "[1, 2]\n"
            + "{\"id\": 6, \"text\": \"Last.\"}\n";

        var lines = Run(input);

        lines.Should().HaveCount(6);
        lines[0].TryGetProperty("error", out _).Should().BeFalse();
        lines[1].GetProperty("error").GetString().Should().Contain("not valid JSON");
        lines[1].GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        lines[2].GetProperty("id").GetInt32().Should().Be(3);
        lines[2].GetProperty("error").GetString().Should().Contain("\"text\"");
        lines[3].GetProperty("id").GetInt32().Should().Be(4);
        lines[3].GetProperty("error").GetString().Should().Contain("\"text\"");
        lines[4].GetProperty("error").GetString().Should().Contain("object");
        lines[5].GetProperty("id").GetInt32().Should().Be(6);
        lines[5].GetProperty("tokens").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Process_DateField_IsoOrNullIsReadAndAnyOtherFormIsThatLinesError()
    {
        const string input = "{\"id\": 1, \"text\": \"Two men were shot on Saturday.\", \"date\": \"2017-06-12\"}\n"
            + "{\"id\": 2, \"text\": \"Two men were shot.\", \"date\": \"12/06/2017\"}\n"
            + "{\"id\": 3, \"text\": \"Two men were shot.\", \"date\": 20170612}\n"
            + "{\"id\": 4, \"text\": \"Two men were shot.\", \"date\": null}\n";

        var lines = Run(input);

        lines[0].GetProperty("summary").GetProperty("wounded").GetInt32().Should().Be(2);
        lines[1].GetProperty("error").GetString().Should().Be("\"date\" must be an ISO 8601 date string, yyyy-MM-dd");
        lines[1].GetProperty("id").GetInt32().Should().Be(2);
        lines[2].GetProperty("error").GetString().Should().Be("\"date\" must be an ISO 8601 date string, yyyy-MM-dd");
        lines[3].GetProperty("summary").GetProperty("wounded").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Process_RoundUp_SaysSeveralIncidents()
    {
        var lines = Run("{\"id\": 1, \"text\": \"Three separate shootings overnight left five people wounded. Two men were shot on Elm Street.\"}\n"
            + "{\"id\": 2, \"text\": \"Two men were shot on Elm Street.\"}\n");

        lines[0].GetProperty("summary").GetProperty("severalIncidents").GetBoolean().Should().BeTrue();
        lines[1].GetProperty("summary").GetProperty("severalIncidents").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Process_EmptyText_IsAValidDocumentWithNothingInIt()
    {
        var result = Run("{\"id\": \"e\", \"text\": \"\"}\n").Single();

        result.TryGetProperty("error", out _).Should().BeFalse();
        result.GetProperty("tokens").GetInt32().Should().Be(0);
        result.GetProperty("entities").GetArrayLength().Should().Be(0);
        result.GetProperty("casualties").GetArrayLength().Should().Be(0);
        result.GetProperty("summary").GetProperty("killed").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Process_TokensAndSentencesOptions_AddTheirArrays()
    {
        const string text = "Oct. 7 was quiet. Then \u201Cboom\u201D \U0001F4A5.";
        var result = Run(JsonSerializer.Serialize(new { id = "x", text }) + "\n", new JsonLinesOptions(true, true)).Single();

        var tokens = result.GetProperty("tokenList").EnumerateArray()
            .Select(t => (text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("kind").GetString()))
            .ToList();
        tokens.Should().Equal(
            ("Oct.", "Abbreviation"), ("7", "Number"), ("was", "Word"), ("quiet", "Word"), (".", "Punctuation"),
            ("Then", "Word"), ("\u201C", "Punctuation"), ("boom", "Word"), ("\u201D", "Punctuation"), ("\U0001F4A5", "Emoji"), (".", "Punctuation"));
        result.GetProperty("sentences").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()])
            .Should().Equal("Oct. 7 was quiet.", "Then \u201Cboom\u201D \U0001F4A5.");
    }

    [Fact]
    public void Process_ManyLines_KeepsInputOrderAcrossBatches()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            input.Append(i % 97 == 0 ? "oops\n" : JsonSerializer.Serialize(new { id = i, text = new string('a', i % 13) + " word" }) + "\n");
        }

        var lines = Run(input.ToString());

        lines.Should().HaveCount(1000);
        for (int i = 0; i < 1000; i++)
        {
            if (i % 97 == 0)
            {
                lines[i].TryGetProperty("error", out _).Should().BeTrue();
            }
            else
            {
                lines[i].GetProperty("id").GetInt32().Should().Be(i);
            }
        }
    }

    [Fact]
    public void Process_NonAsciiText_RoundTripsThroughJson()
    {
        const string text = "\u0628\u063A\u062F\u0627\u062F \"quoted\" \\ back";
        var result = Run(JsonSerializer.Serialize(new { id = "u", text }) + "\n", new JsonLinesOptions(true, false)).Single();

        result.GetProperty("tokenList").EnumerateArray().First().GetProperty("end").GetInt32().Should().Be(5);
    }
}
