using System.Text;

namespace ModularCrm.Modules.Emailing.Tracking.Dsn;

/// <summary>
/// Just enough MIME (RFC 2045/2046) to read a bounce: header, media type and parameters, body decoded from base64 or
/// quoted-printable, and the parts of a multipart body, nested ones included (Exchange wraps its text in
/// <c>multipart/alternative</c>).
/// </summary>
internal sealed class MimeEntity
{
    private const int MaxDepth = 8;

    private MimeEntity(HeaderBlock header, string mediaType, IReadOnlyDictionary<string, string> parameters, string body, IReadOnlyList<MimeEntity> parts)
    {
        Header = header;
        MediaType = mediaType;
        Parameters = parameters;
        Body = body;
        Parts = parts;
    }

    public HeaderBlock Header { get; }

    /// <summary>Lower case, <c>text/plain</c> when the header names none.</summary>
    public string MediaType { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The body, transfer encoding undone.</summary>
    public string Body { get; }

    public IReadOnlyList<MimeEntity> Parts { get; }

    /// <summary>A whole message or part: header, blank line, body.</summary>
    public static MimeEntity Parse(string raw) => Parse(Lines(raw), 0);

    /// <summary>A body whose header was carried elsewhere (an HTTP request's Content-Type).</summary>
    public static MimeEntity FromBody(string contentType, string body) =>
        Build(HeaderBlock.Parse([$"Content-Type: {contentType}"]), Lines(body), 0);

    /// <summary>This entity and every part below it, depth first.</summary>
    public IEnumerable<MimeEntity> Descendants()
    {
        yield return this;
        foreach (var descendant in Parts.SelectMany(p => p.Descendants()))
        {
            yield return descendant;
        }
    }

    public static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static MimeEntity Parse(IReadOnlyList<string> lines, int depth)
    {
        var blank = 0;
        while (blank < lines.Count && lines[blank].Length > 0)
        {
            blank++;
        }

        return Build(HeaderBlock.Parse(lines.Take(blank)), lines.Skip(blank + 1).ToList(), depth);
    }

    private static MimeEntity Build(HeaderBlock header, IReadOnlyList<string> body, int depth)
    {
        var (mediaType, parameters) = ContentType(header["Content-Type"]);
        var parts = mediaType.StartsWith("multipart/", StringComparison.Ordinal) && depth < MaxDepth && parameters.TryGetValue("boundary", out var boundary)
            ? Split(body, boundary).Select(p => Parse(p, depth + 1)).ToList()
            : [];
        var text = parts.Count > 0 ? string.Empty : Decode(string.Join("\n", body), header["Content-Transfer-Encoding"]);
        return new MimeEntity(header, mediaType, parameters, text, parts);
    }

    private static (string MediaType, Dictionary<string, string> Parameters) ContentType(string? value)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(value))
        {
            return ("text/plain", parameters);
        }

        var pieces = SplitOutsideQuotes(value);
        foreach (var piece in pieces.Skip(1))
        {
            var eq = piece.IndexOf('=');
            if (eq > 0)
            {
                parameters.TryAdd(piece[..eq].Trim(), piece[(eq + 1)..].Trim().Trim('"'));
            }
        }

        return (pieces[0].Trim().ToLowerInvariant(), parameters);
    }

    private static List<string> SplitOutsideQuotes(string value)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in value)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ';' && !quoted)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        pieces.Add(current.ToString());
        return pieces;
    }

    private static List<List<string>> Split(IReadOnlyList<string> body, string boundary)
    {
        var parts = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in body)
        {
            var trimmed = line.TrimEnd();
            if (trimmed == "--" + boundary + "--")
            {
                break;
            }

            if (trimmed == "--" + boundary)
            {
                current = [];
                parts.Add(current);
                continue;
            }

            current?.Add(line); // before the first boundary: the preamble, ignored
        }

        return parts;
    }

    private static string Decode(string body, string? transferEncoding)
    {
        switch (transferEncoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                try
                {
                    return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
                }
                catch (FormatException)
                {
                    return body;
                }

            case "quoted-printable":
                return QuotedPrintable(body);
            default:
                return body;
        }
    }

    private static string QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '=' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++; // soft line break
            }
            else if (body[i] == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(body[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
