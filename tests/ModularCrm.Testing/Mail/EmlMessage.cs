using System.Text;
using System.Text.RegularExpressions;

namespace ModularCrm.Testing.Mail;

/// <summary>Just enough MIME to check what a server received: headers (unfolded, decoded) and leaf parts (decoded).</summary>
public sealed partial class EmlMessage
{
    private EmlMessage(Dictionary<string, string> headers, List<EmlPart> parts)
    {
        Headers = headers;
        Parts = parts;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyList<EmlPart> Parts { get; }

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;

    public string Body(string mediaType) => Parts.FirstOrDefault(p => p.ContentType.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase))?.Text ?? string.Empty;

    public static EmlMessage Parse(string raw)
    {
        var (headers, body) = Split(raw.Replace("\r\n", "\n", StringComparison.Ordinal));
        var parts = new List<EmlPart>();
        Collect(headers, body, parts);
        return new EmlMessage(headers, parts);
    }

    private static void Collect(Dictionary<string, string> headers, string body, List<EmlPart> parts)
    {
        var type = headers.GetValueOrDefault("Content-Type", "text/plain");
        var boundary = Boundary().Match(type);
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var marker = "--" + boundary.Groups[1].Value;
            foreach (var chunk in body.Split(marker).Skip(1).Where(c => !c.StartsWith("--", StringComparison.Ordinal)))
            {
                var (h, b) = Split(chunk.TrimStart('\n'));
                Collect(h, b, parts);
            }

            return;
        }

        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").Trim().ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.UTF8.GetBytes(body),
        };
        parts.Add(new EmlPart(type, headers.GetValueOrDefault("Content-Disposition", string.Empty), bytes));
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? text : text[..end];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Regex.Replace(head, @"\n[ \t]+", " ").Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = DecodeWords(line[(colon + 1)..].Trim());
            }
        }

        return (headers, end < 0 ? string.Empty : text[(end + 2)..]);
    }

    private static byte[] QuotedPrintable(string body)
    {
        var text = body.Replace("=\n", string.Empty, StringComparison.Ordinal);
        var output = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                output.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                output.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. output];
    }

    private static string DecodeWords(string value) => EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m =>
    {
        var data = m.Groups[2].Value.ToUpperInvariant() == "B"
            ? Convert.FromBase64String(m.Groups[3].Value)
            : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        return Encoding.GetEncoding(m.Groups[1].Value).GetString(data);
    });

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
