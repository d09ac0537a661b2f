using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A reward just used, and the discount line for the document it was used on.</summary>
internal sealed record Redemption(RewardView Reward, DiscountLine Line);
