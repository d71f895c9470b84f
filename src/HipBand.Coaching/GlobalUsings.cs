// The domain's own vocabulary, which nearly every file speaks: its catalogue, its contracts, its calendar, its texts.
global using HipBand.Coaching.Catalog;
global using HipBand.Coaching.Dialog;
global using HipBand.Coaching.Scheduling;
global using HipBand.Coaching.Text;
