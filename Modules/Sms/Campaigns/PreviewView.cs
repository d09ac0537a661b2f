using ModularCrm.Modules.Sms.Counting;
using ModularCrm.Modules.Sms.Settings;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>A rendered text as staff see it before sending: encoding, characters, segments and cost.</summary>
internal sealed record PreviewView(string Text, string? To, string Encoding, int Characters, int Segments, decimal CostPerMessage, bool Promotional)
{
    public static PreviewView From(string text, SmsMeasure measure, string? to, ShopSms sms, bool promotional) =>
        new(text, to, measure.EncodingName, measure.Characters, measure.Segments, sms.Cost(measure.Segments), promotional);
}
