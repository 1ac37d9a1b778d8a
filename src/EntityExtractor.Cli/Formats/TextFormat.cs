using System.Buffers;
using System.Text;
using EntityExtractor.Cli.Documents;
using Spectre.Console;

namespace EntityExtractor.Cli.Formats;

/// <summary>
/// The readable report: for each document its name, then (on a colour terminal) the text with people,
/// organizations and places highlighted, then the entities, casualty figures and summary as a list.
/// </summary>
/// <param name="options">Whether the report lists tokens and sentences too.</param>
/// <param name="colour">Whether to highlight the text with ANSI colours (a terminal that shows them).</param>
/// <param name="width">The terminal's width, for wrapping the highlighted text.</param>
internal sealed class TextFormat(JsonLinesOptions options, bool colour, int width) : IResultFormat
{
    /// <summary>The colour of each entity type, as the legend shows it.</summary>
    private static readonly (EntityType Type, Style Style)[] Styles =
    [
        (EntityType.Person, new Style(Color.Black, Color.Aqua)),
        (EntityType.Organization, new Style(Color.Black, Color.Yellow)),
        (EntityType.Location, new Style(Color.Black, Color.Lime)),
    ];

    /// <inheritdoc/>
    public string Header => string.Empty;

    /// <inheritdoc/>
    public void WriteResult(IBufferWriter<byte> output, DocumentId id, ExtractionResult result)
    {
        var text = new StringWriter();
        WriteName(text, id);
        if (colour)
        {
            Highlight(text, result);
        }

        TextReport.Write(result, text, options);
        text.WriteLine();
        Encoding.UTF8.GetBytes(text.ToString(), output);
    }

    /// <inheritdoc/>
    public void WriteError(IBufferWriter<byte> output, DocumentId id, string message)
    {
        var text = new StringWriter();
        WriteName(text, id);
        text.WriteLine($"error: {TerminalText.Printable(message)}");
        text.WriteLine();
        Encoding.UTF8.GetBytes(text.ToString(), output);
    }

    private static void WriteName(StringWriter text, DocumentId id)
    {
        if (id.Display.Length > 0)
        {
            text.WriteLine($"== {TerminalText.Printable(id.Display)} ==");
        }
    }

    /// <summary>The text with each entity in its type's colour, wrapped to the terminal, and a legend.</summary>
    private void Highlight(StringWriter text, ExtractionResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = width;

        var paragraph = new Paragraph();
        int at = 0;
        string source = result.Text;
        foreach (var entity in result.Entities)
        {
            paragraph.Append(TerminalText.Printable(source[at..entity.Start]));
            paragraph.Append(TerminalText.Printable(entity.Text), StyleOf(entity.Type));
            at = entity.End;
        }

        paragraph.Append(TerminalText.Printable(source[at..]));
        console.Write(paragraph);
        console.WriteLine();

        var legend = new Paragraph();
        foreach (var (type, style) in Styles)
        {
            legend.Append($" {type} ", style).Append(" ");
        }

        console.Write(legend);
        console.WriteLine();
        console.WriteLine();
    }

    private static Style StyleOf(EntityType type)
    {
        foreach (var (known, style) in Styles)
        {
            if (known == type)
            {
                return style;
            }
        }

        return new Style(Color.Black, Color.Silver);
    }
}
