using System.Runtime.CompilerServices;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>Accumulates a <see cref="TokenShape"/> character by character while a token is scanned.</summary>
internal struct ShapeBuilder
{
    private byte _seen;
    private bool _started;
    private bool _capitalized;
    private bool _mixed;
    private bool _nonDigit;
    private TokenShape _extra;

    public ShapeBuilder(TokenShape initial)
    {
        _extra = initial & (TokenShape.HasHyphen | TokenShape.HasPeriod | TokenShape.HasApostrophe | TokenShape.NonAscii);
        _capitalized = (initial & TokenShape.Capitalized) != 0;
        _mixed = (initial & TokenShape.MixedCase) != 0;
        if ((initial & TokenShape.AllCaps) != 0)
        {
            _seen |= CharClass.Upper;
        }
        else if ((initial & TokenShape.AllLower) != 0)
        {
            _seen |= CharClass.Lower;
        }
        else if ((initial & TokenShape.HasLetter) != 0)
        {
            _seen |= CharClass.Letter;
        }

        if ((initial & TokenShape.HasDigit) != 0)
        {
            _seen |= CharClass.Digit;
        }

        _nonDigit = (initial & TokenShape.AllDigits) == 0 && initial != TokenShape.None;
        _started = initial != TokenShape.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAscii(byte cls)
    {
        if (!_started)
        {
            _started = true;
            _capitalized = cls == CharClass.Upper;
        }
        else if (cls == CharClass.Upper && (_seen & CharClass.Lower) != 0)
        {
            _mixed = true;
        }

        _seen |= cls;
    }

    public void AddRune(Rune rune)
    {
        _extra |= TokenShape.NonAscii;
        byte cls = Rune.IsUpper(rune) ? CharClass.Upper
            : Rune.IsLower(rune) ? CharClass.Lower
            : Rune.IsDigit(rune) ? CharClass.Digit
            : Rune.IsLetter(rune) ? CharClass.Letter
            : (byte)0;
        if (cls == 0 || cls == CharClass.Letter)
        {
            // Uncased letters (Arabic, CJK) and marks.
            if (!_started)
            {
                _started = true;
            }

            if (cls == CharClass.Letter)
            {
                _nonDigit = true;
                _extra |= TokenShape.HasLetter;
            }

            return;
        }

        AddAscii(cls);
    }

    public void Add(TokenShape flags)
    {
        _extra |= flags;
        _nonDigit = true;
        _started = true;
    }

    public void MarkNonDigit()
    {
        _nonDigit = true;
        _started = true;
    }

    public readonly TokenShape Build()
    {
        var shape = _extra;
        bool upper = (_seen & CharClass.Upper) != 0;
        bool lower = (_seen & CharClass.Lower) != 0;
        if (upper || lower)
        {
            shape |= TokenShape.HasLetter;
            if (_capitalized)
            {
                shape |= TokenShape.Capitalized;
            }

            if (upper && !lower)
            {
                shape |= TokenShape.AllCaps;
            }
            else if (lower && !upper)
            {
                shape |= TokenShape.AllLower;
            }

            if (_mixed)
            {
                shape |= TokenShape.MixedCase;
            }
        }

        if ((_seen & CharClass.Digit) != 0)
        {
            shape |= TokenShape.HasDigit;
            if (!upper && !lower && !_nonDigit && (shape & TokenShape.HasLetter) == 0)
            {
                shape |= TokenShape.AllDigits;
            }
        }

        return shape;
    }
}
