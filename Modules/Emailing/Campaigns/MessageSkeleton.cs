using System.Buffers;
using System.Net;
using System.Text;
using ModularCrm.Modules.Emailing.Tracking;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A rendered message whose per-message links are holes: literal text and placeholders, filled for each ref.</summary>
internal sealed class MessageSkeleton
{
    private static readonly SearchValues<char> UrlChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/%");

    private readonly Part[][] texts; // subject, html, text
    private readonly string[] targets;

    private MessageSkeleton(Part[][] texts, string[] targets)
    {
        this.texts = texts;
        this.targets = targets;
    }

    /// <summary>True when <paramref name="url"/> holds no character an HTML encoder would change.</summary>
    public static bool IsPlainUrl(string url) => !url.AsSpan().ContainsAnyExcept(UrlChars);

    /// <summary>The skeleton of <paramref name="rendered"/>, or null when something looks like a placeholder but is not one.</summary>
    public static MessageSkeleton? Parse(RenderedMessage rendered, string marker, IReadOnlyList<string> targets)
    {
        var texts = new Part[3][];
        string[] sources = [rendered.Subject, rendered.Html, rendered.Text];
        for (var i = 0; i < sources.Length; i++)
        {
            if (Split(sources[i], marker, targets.Count) is not { } parts)
            {
                return null;
            }

            texts[i] = parts;
        }

        return new MessageSkeleton(texts, [.. targets]);
    }

    public RenderedMessage Fill(ShopLinks links, string reference)
    {
        var unsubscribe = links.UnsubscribeUrl(reference);
        string? open = null;
        var clicks = new string?[targets.Length];
        string Hole(Part part) => part.Kind switch
        {
            'u' => unsubscribe,
            'o' => open ??= links.OpenUrl(reference),
            _ => clicks[part.Index] ??= WebUtility.HtmlEncode(links.ClickUrl(reference, targets[part.Index])),
        };

        var filled = new string[texts.Length];
        var builder = new StringBuilder();
        for (var t = 0; t < texts.Length; t++)
        {
            builder.Clear();
            foreach (var part in texts[t])
            {
                builder.Append(part.Kind == '\0' ? part.Literal : Hole(part));
            }

            filled[t] = builder.ToString();
        }

        return new RenderedMessage(filled[0], filled[1], filled[2]);
    }

    private static Part[]? Split(string text, string marker, int clickCount)
    {
        var parts = new List<Part>();
        var start = 0;
        while (true)
        {
            var at = text.IndexOf(marker, start, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            parts.Add(new Part(text[start..at], '\0', 0));
            var p = at + marker.Length;
            var kind = p < text.Length ? text[p] : '\0';
            var digits = p + 1;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (kind is not ('u' or 'o' or 'c') || digits == p + 1 || digits >= text.Length || text[digits] != 'x'
                || !int.TryParse(text.AsSpan(p + 1, digits - p - 1), out var index) || (kind == 'c' ? index >= clickCount : index != 0))
            {
                return null;
            }

            parts.Add(new Part(string.Empty, kind, index));
            start = digits + 1;
        }

        parts.Add(new Part(text[start..], '\0', 0));
        // A marker changed by a filter (upper case, cut) would stay in the text: refuse rather than send it.
        var stem = marker[..Math.Min(12, marker.Length)];
        return parts.Any(p => p.Literal.Contains(stem, StringComparison.OrdinalIgnoreCase)) ? null : [.. parts];
    }

    private readonly record struct Part(string Literal, char Kind, int Index);
}
