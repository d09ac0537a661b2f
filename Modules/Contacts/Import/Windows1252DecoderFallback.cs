using System.Text;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>Decodes bytes that are not valid UTF-8 as Windows-1252 characters.</summary>
internal sealed class Windows1252DecoderFallback : DecoderFallback
{
    /// <inheritdoc />
    public override int MaxCharCount => 4;

    /// <inheritdoc />
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Windows1252DecoderFallback;

    /// <inheritdoc />
    public override int GetHashCode() => 1252;

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private char[] chars = [];
        private int position;

        public override int Remaining => chars.Length - position;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            chars = Windows1252Encoding.Instance.GetChars(bytesUnknown);
            position = 0;
            return chars.Length > 0;
        }

        public override char GetNextChar() => position < chars.Length ? chars[position++] : '\0';

        public override bool MovePrevious()
        {
            if (position == 0)
            {
                return false;
            }

            position--;
            return true;
        }

        public override void Reset()
        {
            chars = [];
            position = 0;
        }
    }
}
