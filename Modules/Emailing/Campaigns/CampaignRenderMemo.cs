using System.Collections.Concurrent;
using System.Text;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// Renders a campaign once per distinct personalisation instead of once per recipient. A render with placeholder links
/// records which contact fields the templates read (<see cref="TrackedContact"/>); a later recipient with the same
/// values for those fields follows the same path through the (deterministic) templates and gets the same text, so only
/// its signed links, which carry the message's ref, are computed per message. Each new skeleton is checked once against
/// the plain render of <see cref="CampaignRenderer"/>; templates that read the address or transform their links are
/// rendered the plain way for every recipient.
/// </summary>
internal sealed class CampaignRenderMemo
{
    private const int MaxEntries = 20_000; // distinct personalisations kept; beyond, renders are not stored

    private readonly CampaignRenderer renderer;
    private readonly ShopLinks links;
    private readonly string marker = "mcrm" + Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, MessageSkeleton> renders = new(StringComparer.Ordinal);
    private readonly Lock masksLock = new();
    private volatile int[] masks = [];
    private volatile bool direct;

    public CampaignRenderMemo(CampaignRenderer renderer, ShopLinks links)
    {
        this.renderer = renderer;
        this.links = links;
        // Placeholders are replaced by the URLs as they are; both encoders (template, WebUtility) would leave such URLs alone.
        direct = !MessageSkeleton.IsPlainUrl(links.UnsubscribeUrl(marker)) || !MessageSkeleton.IsPlainUrl(links.OpenUrl(marker));
    }

    public RenderedMessage Render(AudienceMember member, string reference)
    {
        if (direct)
        {
            return renderer.Render(member, links, reference);
        }

        var contact = RecipientModel.ContactOf(member);
        foreach (var mask in masks)
        {
            if (renders.TryGetValue(Key(mask, contact), out var known))
            {
                return known.Fill(links, reference);
            }
        }

        // A new personalisation: render it with placeholders, and check the skeleton against the plain render once.
        var tracked = new TrackedContact(contact);
        var placeholders = new PlaceholderLinks(links, marker);
        var skeleton = MessageSkeleton.Parse(renderer.Render(tracked, placeholders, marker), marker, placeholders.Targets);
        var expected = renderer.Render(member, links, reference);
        var read = tracked.ReadFields();
        if (skeleton is null || !skeleton.Fill(links, reference).Equals(expected) || (read & TrackedContact.EmailBit) != 0)
        {
            // A template that transforms its links (truncates, upper-cases…) or reads the address (unique per
            // recipient: nothing to reuse): every message is rendered the plain way.
            direct = true;
            return expected;
        }

        if (renders.Count < MaxEntries)
        {
            Remember(read);
            renders.TryAdd(Key(read, contact), skeleton);
        }

        return expected;
    }

    private void Remember(int mask)
    {
        lock (masksLock)
        {
            if (!masks.Contains(mask))
            {
                masks = [.. masks, mask];
            }
        }
    }

    private static string Key(int mask, RecipientModel.ContactPart contact)
    {
        var key = new StringBuilder().Append(mask);
        for (var field = 0; field < TrackedContact.Fields; field++)
        {
            if ((mask & (1 << field)) != 0)
            {
                key.Append('\u001f').Append(TrackedContact.ValueOf(contact, field) is { } value ? "=" + value : "\u001e");
            }
        }

        return key.ToString();
    }
}
