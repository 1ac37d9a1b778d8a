using System.Text;

namespace EntityExtractor.Cli;

/// <summary>
/// Reads JSON Lines input one line at a time. Lines end at <c>\n</c> only (a <c>\r</c> before it is dropped), so a
/// stray carriage return inside a line never splits it into two records; a last line without a newline is a line.
/// </summary>
internal sealed class JsonLinesReader
{
    private const int BufferSize = 64 * 1024;

    private readonly TextReader _input;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    public JsonLinesReader(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
    }

    /// <summary>Opens <paramref name="path"/>, or standard input when it is <see langword="null"/>, as UTF-8 text.</summary>
    /// <remarks>
    /// A UTF-8 byte-order mark is skipped (a UTF-16 one switches the encoding), whether the input is a file or a
    /// pipe; bytes that are not UTF-8 become U+FFFD, so one bad byte spoils one character, not the line.
    /// </remarks>
    public static TextReader Open(string? path) =>
        Open(path is null ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize));

    /// <summary>Reads <paramref name="input"/> as <see cref="Open(string?)"/> reads a file.</summary>
    public static TextReader Open(Stream input) =>
        new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, BufferSize);

    /// <summary>The next line without its line ending, or <see langword="null"/> at the end of the input.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        bool any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _input.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish() : null;
                }
            }

            any = true;
            int newline = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            if (newline < 0)
            {
                _line.Append(_buffer, _position, _length - _position);
                _position = _length;
                continue;
            }

            _line.Append(_buffer, _position, newline - _position);
            _position = newline + 1;
            return Finish();
        }
    }

    private string Finish()
    {
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }
}
