using System.Globalization;
using ModularCrm.Modules.Emailing.Tracking;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// Links written as placeholders (<c>{marker}u0x</c>, <c>{marker}o0x</c>, <c>{marker}c{n}x</c>) for
/// <see cref="MessageSkeleton"/>: letters and digits only, so no encoder changes them. Which links are tracked is
/// decided by the shop's real links.
/// </summary>
internal sealed class PlaceholderLinks(ShopLinks links, string marker) : IMessageLinks
{
    public List<string> Targets { get; } = [];

    public string UnsubscribeUrl(string reference) => marker + "u0x";

    public string OpenUrl(string reference) => marker + "o0x";

    public string ClickUrl(string reference, string target)
    {
        if (!links.Tracks(target))
        {
            return target;
        }

        Targets.Add(target);
        return marker + "c" + (Targets.Count - 1).ToString(CultureInfo.InvariantCulture) + "x";
    }
}
