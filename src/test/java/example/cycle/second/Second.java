package example.cycle.second;

import example.cycle.first.First;

/** The other half of the deliberate cycle (see {@link First}). */
public class Second {

	First first;

}
